using FactBot.Functions;
using FactBot.LocalHost;
using FactBot.Storage;

var builder = WebApplication.CreateBuilder(args);
builder.AddFunctionsLocalHost();
builder.Services
    .AddFactBot(builder.Configuration)
    .AddFactBotFunctions();

var app = builder.Build();
app.MapFunctions();
await app.RunAsync();
