using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/> and validates it, turning every way a client can get it
/// wrong (size, content type, encoding, syntax, shape, content) into a specific <see cref="RequestProblem"/> instead of an exception.
/// </summary>
public sealed class JsonRequestBinder<T>(IRequestValidator<T> validator, ILogger<JsonRequestBinder<T>> logger)
    where T : class
{
    /// <summary>Bodies larger than this are refused before they are parsed.</summary>
    public const long MaxBodyBytes = RequestBodyReader.MaxBodyBytes;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 32 };

    /// <summary>A strict decoder: invalid UTF-8 throws instead of becoming U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonTypeInfo<T> typeInfo = FunctionsJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {nameof(FunctionsJsonContext)}.");

    /// <summary>Checks the envelope (size, content type), reads the body within the limit, then binds it.</summary>
    public async Task<ServiceOutcome<T>> BindAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = RequestBodyReader.CheckDeclaredLength(request) ?? RequestBodyReader.CheckJsonContentType(request);
        if (problem is not null)
        {
            return Reject(request, problem);
        }

        var (body, tooLarge) = await RequestBodyReader.ReadAsync(request, cancellationToken);
        return body is null ? Reject(request, tooLarge!) : Bind(body, request.Method, request.Path);
    }

    /// <summary>Binds a body already read (and, for the webhook, already authenticated); method and path are for the log.</summary>
    public ServiceOutcome<T> Bind(ReadOnlySpan<byte> body, string method, PathString path)
    {
        var problem = Parse(body, out var value) ?? validator.Validate(value!);
        return problem is null ? new ServiceOutcome<T>(value!) : Reject(method, path, problem);
    }

    private RequestProblem? Parse(ReadOnlySpan<byte> body, out T? value)
    {
        value = null;
        if (body.StartsWith("\uFEFF"u8))
        {
            body = body[3..];
        }

        if (body.IsEmpty)
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Missing request body", "The request body is empty; send a JSON object.");
        }

        try
        {
            StrictUtf8.GetCharCount(body);
        }
        catch (DecoderFallbackException ex)
        {
            var at = ex.Index >= 0 ? $" at byte {ex.Index}" : string.Empty;
            return new RequestProblem(StatusCodes.Status400BadRequest, "Invalid UTF-8", $"The request body is not valid UTF-8{at}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body.ToArray(), DocumentOptions);
        }
        catch (JsonException ex)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Malformed JSON",
                $"The request body is not valid JSON: error at line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0}.");
        }

        using (document)
        {
            switch (document.RootElement.ValueKind)
            {
                case JsonValueKind.Null:
                    return new RequestProblem(StatusCodes.Status400BadRequest, "Missing request body", "The request body must be a JSON object, not null.");
                case not JsonValueKind.Object:
                    return new RequestProblem(
                        StatusCodes.Status400BadRequest,
                        "Expected a JSON object",
                        $"The request body must be a JSON object, not {document.RootElement.ValueKind.ToString().ToLowerInvariant()}.");
            }

            if (FindInvalidString(document.RootElement, "$") is { } invalid)
            {
                return new RequestProblem(
                    StatusCodes.Status400BadRequest,
                    "Invalid JSON string",
                    $"The string at {invalid} is not valid Unicode text (an escaped unpaired surrogate such as \\ud800).");
            }

            try
            {
                value = document.RootElement.Deserialize(typeInfo);
            }
            catch (JsonException ex)
            {
                return new RequestProblem(
                    StatusCodes.Status400BadRequest,
                    "Wrong JSON type",
                    $"The field at {ex.Path ?? "$"} has the wrong JSON type (or an invalid value) for this request.");
            }

            return value is null
                ? new RequestProblem(StatusCodes.Status400BadRequest, "Missing request body", "The request body must be a JSON object, not null.")
                : null;
        }
    }

    // System.Text.Json refuses to turn an escaped unpaired surrogate into a string; find one before deserializing does.
    private static string? FindInvalidString(JsonElement element, string path)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                try
                {
                    element.GetString();
                    return null;
                }
                catch (InvalidOperationException)
                {
                    return path;
                }

            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    if (FindInvalidString(item, $"{path}[{index++}]") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        return $"{path} (a property name)";
                    }

                    if (FindInvalidString(property.Value, $"{path}.{name}") is { } found)
                    {
                        return found;
                    }
                }

                return null;
            default:
                return null;
        }
    }

    private ServiceOutcome<T> Reject(HttpRequest request, RequestProblem problem) => Reject(request.Method, request.Path, problem);

    private ServiceOutcome<T> Reject(string method, PathString path, RequestProblem problem)
    {
        RequestLog.Rejected(logger, method, path, problem.Status, problem.Title);
        return new ServiceOutcome<T>(problem);
    }
}
