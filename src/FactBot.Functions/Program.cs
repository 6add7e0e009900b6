using FactBot.Functions;
using Microsoft.Extensions.Hosting;

await FunctionsWorker.CreateBuilder(args).Build().RunAsync();
