using FactBot.Cli;

using var host = CliHost.Build();
await host.StartAsync();
return await CliRoot.Create(host.Services).Parse(args).InvokeAsync();
