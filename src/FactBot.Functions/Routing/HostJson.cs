using System.Text.Json;

namespace FactBot.Functions.Routing;

/// <summary>Reads the settings of the Functions host's <c>host.json</c> that the LocalHost honours.</summary>
internal static class HostJson
{
    public const string FileName = "host.json";

    public const string DefaultRoutePrefix = "api";

    private static readonly JsonDocumentOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The first existing <c>host.json</c> among <paramref name="directories"/>, or null.</summary>
    public static string? Find(params string[] directories) =>
        directories.Select(d => Path.Combine(d, FileName)).FirstOrDefault(File.Exists);

    /// <summary><c>extensions.http.routePrefix</c>, without slashes; "api" when the file or the setting is absent.</summary>
    public static string ReadRoutePrefix(string? path)
    {
        if (path is null)
        {
            return DefaultRoutePrefix;
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
        return document.RootElement.TryGetProperty("extensions", out var extensions)
            && extensions.TryGetProperty("http", out var http)
            && http.TryGetProperty("routePrefix", out var prefix)
            && prefix.ValueKind == JsonValueKind.String
                ? prefix.GetString()!.Trim('/')
                : DefaultRoutePrefix;
    }

    /// <summary><c>extensions.http.maxConcurrentRequests</c> and <c>maxOutstandingRequests</c>; null for each one absent (unbounded).</summary>
    public static (int? MaxConcurrentRequests, int? MaxOutstandingRequests) ReadHttpLimits(string? path)
    {
        if (path is null)
        {
            return (null, null);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path), Options);
        if (!document.RootElement.TryGetProperty("extensions", out var extensions) || !extensions.TryGetProperty("http", out var http))
        {
            return (null, null);
        }

        int? Read(string name) => http.TryGetProperty(name, out var value) && value.TryGetInt32(out var number) && number > 0 ? number : null;
        return (Read("maxConcurrentRequests"), Read("maxOutstandingRequests"));
    }
}
