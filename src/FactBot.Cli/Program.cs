using FactBot.Cli;

using var host = CliHost.Build();
await host.StartAsync();
return await CliRoot.Parse(host.Services, args).InvokeAsync();
