using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>Runs another result after setting one response header (e.g. Retry-After on a 503 problem).</summary>
public sealed class WithHeaderResult(IResult inner, string name, string value) : IResult
{
    public IResult Inner => inner;

    public string Name => name;

    public string Value => value;

    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        httpContext.Response.Headers[name] = value;
        return inner.ExecuteAsync(httpContext);
    }
}
