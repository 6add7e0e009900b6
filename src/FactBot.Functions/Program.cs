using FactBot.Functions;
using FactBot.Storage;
using Microsoft.Azure.Functions.Worker.Builder;
using Microsoft.Extensions.Hosting;

var builder = FunctionsApplication.CreateBuilder(args);
builder.ConfigureFunctionsWebApplication();
builder.Services
    .AddFactBot(builder.Configuration)
    .AddFactBotFunctions();

await builder.Build().RunAsync();
