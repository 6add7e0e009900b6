using System.Diagnostics;
using FactBot.Functions.Hosting;

namespace FactBot.Functions.Tests.Hosting;

/// <summary>Invalid settings stop a host with one line naming them and a non-zero exit, never a stack trace.</summary>
public sealed class StartupFailureTests
{
    [Theory]
    [InlineData("whsec_AQ==", "FactBot:Webhook:Secret")]
    [InlineData("no-prefix", "FactBot:Webhook:Secret must start with 'whsec_'")]
    public async Task The_localhost_process_exits_1_with_one_line_for_an_invalid_webhook_secret(string secret, string named)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "FactBot.LocalHost.dll"), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = AppContext.BaseDirectory,
            Environment = { ["FactBot__Webhook__Secret"] = secret, ["FactBot__Storage__ConnectionString"] = string.Empty },
        };

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        var lines = (await stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(FactBotHost.InvalidSettings, process.ExitCode);
        var line = Assert.Single(lines);
        Assert.StartsWith("FactBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await stdout + await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", await stdout + await stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_functions_worker_stops_before_starting_with_every_invalid_setting_on_one_line()
    {
        var settings = new Dictionary<string, string> { ["FactBot:Webhook:Secret"] = "whsec_AQ==", ["FactBot:Storage:FactsTable"] = "x" };
        using var worker = new FunctionsWorkerHarness(settings, _ => { });
        var error = new StringWriter();

        var exitCode = await FactBotHost.RunAsync((Microsoft.Extensions.Hosting.IHost)worker.Services.GetService(typeof(Microsoft.Extensions.Hosting.IHost))!, error);

        Assert.Equal(FactBotHost.InvalidSettings, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("FactBot:Webhook:Secret", line, StringComparison.Ordinal);
        Assert.Contains("FactBot:Storage:FactsTable", line, StringComparison.Ordinal);
    }
}
