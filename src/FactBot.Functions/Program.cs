using FactBot.Functions;
using FactBot.Functions.Hosting;

return await FactBotHost.RunAsync(FunctionsWorker.CreateBuilder(args).Build());
