using FactBot.Functions;
using FactBot.Functions.Hosting;
using FactBot.LocalHost;
using FactBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsLocalHost();
builder.Services
    .AddFactBot(builder.Configuration)
    .AddFactBotFunctions();

var app = builder.Build();
app.MapFunctions();
return await FactBotHost.RunAsync(app);
