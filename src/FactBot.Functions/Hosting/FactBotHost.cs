using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Hosting;

/// <summary>
/// Runs a host (the Functions worker, the LocalHost) after checking its settings: invalid settings stop it with one
/// line on standard error naming each bad setting, and exit code <see cref="InvalidSettings"/>, instead of the host's
/// "Hosting failed to start" and a stack trace.
/// </summary>
public static class FactBotHost
{
    public const int InvalidSettings = 1;

    public static async Task<int> RunAsync(IHost host, TextWriter? error = null)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (Validate(host.Services) is { } failures)
        {
            await (error ?? Console.Error).WriteLineAsync($"FactBot cannot start: {failures}");
            return InvalidSettings;
        }

        await host.RunAsync();
        return 0;
    }

    /// <summary>The failures of every options validator that runs on start (ValidateOnStart), in one sentence; null when there are none.</summary>
    public static string? Validate(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return null;
        }
        catch (OptionsValidationException ex)
        {
            return string.Join(" ", ex.Failures);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            return string.Join(" ", ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures));
        }
    }
}
