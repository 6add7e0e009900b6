using System.Diagnostics.CodeAnalysis;
using Azure;
using Azure.Core;

namespace FactBot.Storage.Tests;

/// <summary>A service response as Azure.Core hands it to a RequestFailedException: a status and headers, no body.</summary>
internal sealed class StoredResponse(int status, params (string Name, string Value)[] headers) : Response
{
    public override int Status => status;

    public override string ReasonPhrase => "injected";

    public override Stream? ContentStream { get; set; }

    public override string ClientRequestId { get; set; } = "test";

    public override void Dispose()
    {
    }

    protected override bool ContainsHeader(string name) => headers.Any(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase));

    protected override IEnumerable<HttpHeader> EnumerateHeaders() => headers.Select(h => new HttpHeader(h.Name, h.Value));

    protected override bool TryGetHeader(string name, [NotNullWhen(true)] out string? value)
    {
        value = headers.FirstOrDefault(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Value;
        return value is not null;
    }

    protected override bool TryGetHeaderValues(string name, [NotNullWhen(true)] out IEnumerable<string>? values)
    {
        values = TryGetHeader(name, out var value) ? [value] : null;
        return values is not null;
    }
}
