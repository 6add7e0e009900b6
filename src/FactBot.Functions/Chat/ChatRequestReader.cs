using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FactBot.Functions.Chat;

/// <summary>
/// The envelope of every chat route, before any signature work: 404 when the platform is not configured (as if the
/// route did not exist: an unsigned request is never read), the body size limit (413) and media type (415), then the raw body.
/// </summary>
public static class ChatRequestReader
{
    public const string FormMediaType = "application/x-www-form-urlencoded";

    public static async Task<(ChatRequest? Request, RequestProblem? Problem)> ReadAsync(
        HttpRequest request, bool configured, bool form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!configured)
        {
            return (null, Problems.RouteNotFound(request.Path));
        }

        var problem = RequestBodyReader.CheckDeclaredLength(request) ?? (form ? CheckFormContentType(request) : RequestBodyReader.CheckJsonContentType(request));
        if (problem is not null)
        {
            return (null, problem);
        }

        var (body, tooLarge) = await RequestBodyReader.ReadAsync(request, cancellationToken);
        return body is null ? (null, tooLarge) : (new ChatRequest(request.Method, request.Path, request.Headers, body), null);
    }

    /// <summary>415 unless the body is declared as <c>application/x-www-form-urlencoded</c> (how Slack posts).</summary>
    public static RequestProblem? CheckFormContentType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.MediaType.Equals(FormMediaType, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
        return new RequestProblem(
            StatusCodes.Status415UnsupportedMediaType,
            "Unsupported media type",
            $"Send the body as a form with 'Content-Type: {FormMediaType}' (got {got}).");
    }
}
