using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/> and validates it, turning every way a client can get it
/// wrong (content type, size, syntax, shape, content) into a specific <see cref="RequestProblem"/> instead of an exception.
/// </summary>
public sealed class JsonRequestBinder<T>(IRequestValidator<T> validator, ILogger<JsonRequestBinder<T>> logger)
    where T : class
{
    /// <summary>Bodies larger than this are refused before they are read.</summary>
    public const long MaxBodyBytes = 64 * 1024;

    private readonly JsonTypeInfo<T> typeInfo = FunctionsJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {nameof(FunctionsJsonContext)}.");

    public async Task<BindingResult<T>> BindAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var problem = CheckEnvelope(request);
        if (problem is not null)
        {
            return Reject(request, problem);
        }

        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync(request.Body, typeInfo, cancellationToken);
        }
        catch (JsonException ex)
        {
            return Reject(request, new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Malformed JSON",
                $"The request body is not the expected JSON object: error at {ex.Path ?? "$"} (line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0})."));
        }

        if (value is null)
        {
            return Reject(request, new RequestProblem(
                StatusCodes.Status400BadRequest, "Missing request body", "The request body must be a JSON object, not null."));
        }

        problem = validator.Validate(value);
        return problem is null ? new BindingResult<T>(value) : Reject(request, problem);
    }

    private static RequestProblem? CheckEnvelope(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            var got = string.IsNullOrEmpty(request.ContentType) ? "no Content-Type" : $"'{request.ContentType}'";
            return new RequestProblem(
                StatusCodes.Status415UnsupportedMediaType,
                "Unsupported media type",
                $"Send the body as JSON with 'Content-Type: application/json' (got {got}).");
        }

        if (request.ContentLength is 0)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest, "Missing request body", "The request body is empty; send a JSON object.");
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return new RequestProblem(
                StatusCodes.Status413PayloadTooLarge,
                "Request body too large",
                $"The body has {request.ContentLength} bytes; at most {MaxBodyBytes} are accepted.");
        }

        return null;
    }

    private BindingResult<T> Reject(HttpRequest request, RequestProblem problem)
    {
        RequestLog.Rejected(logger, request.Method, request.Path, problem.Status, problem.Title);
        return new BindingResult<T>(problem);
    }
}
