using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace FactBot.Functions.Chat;

/// <summary>A chat platform's request as received: method and path (for the log), headers, and the raw body the signature covers.</summary>
public sealed record ChatRequest(string Method, PathString Path, IHeaderDictionary Headers, byte[] Body)
{
    /// <summary>The header's value when it was sent exactly once; a repeated header is as good as absent.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out StringValues values) && values.Count == 1 ? values[0] : null;
}
