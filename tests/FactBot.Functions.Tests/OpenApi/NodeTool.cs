using System.Diagnostics;
using FactBot.TestSupport;

namespace FactBot.Functions.Tests.OpenApi;

/// <summary>Runs node on a script of the repository's node_modules (installed by <c>npm ci</c>), offline.</summary>
internal static class NodeTool
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string[] arguments, string? standardInput = null)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            WorkingDirectory = RepositoryRoot.Find(),
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true", ["NO_COLOR"] = "1" },
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
            process.StandardInput.Close();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    /// <summary>The path of a file under node_modules, failing clearly when <c>npm ci</c> has not run.</summary>
    public static string Module(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot.Find(), "node_modules", relativePath);
        return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run `npm ci` in {RepositoryRoot.Find()} first.");
    }
}
