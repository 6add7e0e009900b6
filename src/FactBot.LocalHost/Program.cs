using FactBot.Functions;
using FactBot.Functions.Hosting;
using FactBot.Functions.Telemetry;
using FactBot.LocalHost;
using FactBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsLocalHost();
builder.Services
    .AddFactBot(builder.Configuration)
    .AddFactBotFunctions()
    .AddFactBotTelemetry(builder.Configuration);

var app = builder.Build();
app.MapFunctions();
return await FactBotHost.RunAsync(app);
