using System.Diagnostics;

namespace FactBot.Infra.Tests.Arm;

/// <summary>
/// The Bicep CLI through infra/bicep.sh, which restores it from its NuGet package on first use
/// (the same CLI infra/build.sh lints with; no az CLI, no Azure login).
/// </summary>
internal static class BicepCli
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Compiles a .bicep file to ARM JSON.</summary>
    public static string Build(string repositoryRoot, string bicepFile) =>
        Run(repositoryRoot, "build", bicepFile, "--stdout");

    private static string Run(string repositoryRoot, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = repositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine("infra", "bicep.sh"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"bicep {string.Join(' ', arguments)} did not finish within {Timeout}.");
        }

        return process.ExitCode == 0
            ? stdout.Result
            : throw new InvalidOperationException($"bicep {string.Join(' ', arguments)} exited with {process.ExitCode}:{Environment.NewLine}{stderr.Result}");
    }
}
