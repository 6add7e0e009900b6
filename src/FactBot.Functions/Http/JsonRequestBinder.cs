using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

/// <summary>
/// Reads a JSON request body into <typeparamref name="T"/> and validates it, turning every way a client can get it
/// wrong (size, content type, encoding, syntax, depth, duplicate or unknown properties, shape, content) into a specific
/// <see cref="RequestProblem"/> instead of an exception. Property names are case-sensitive: <c>"Claim"</c> is not <c>"claim"</c>.
/// An unknown property is refused unless the type declares <c>[JsonUnmappedMemberHandling(Skip)]</c>: that is how a chat
/// platform's payload says its schema is the platform's, which adds fields at will; malformed JSON, a repeated property,
/// too deep a nesting and invalid UTF-8 or strings are refused for every type.
/// </summary>
public sealed class JsonRequestBinder<T>(IRequestValidator<T> validator, ILogger<JsonRequestBinder<T>> logger)
    where T : class
{
    /// <summary>A strict decoder: invalid UTF-8 throws instead of becoming U+FFFD.</summary>
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly JsonTypeInfo<T> typeInfo = FunctionsJsonContext.Default.GetTypeInfo(typeof(T)) as JsonTypeInfo<T>
        ?? throw new InvalidOperationException($"{typeof(T).Name} is not registered in {nameof(FunctionsJsonContext)}.");

    /// <summary>False for FactBot's own request bodies; true for a type that declares it skips unknown members.</summary>
    private bool SkipsUnknownProperties => (typeInfo.UnmappedMemberHandling ?? typeInfo.Options.UnmappedMemberHandling) == JsonUnmappedMemberHandling.Skip;

    /// <summary>Bodies larger than this are refused before they are parsed.</summary>
    public int MaxBodyBytes => validator.MaxBodyBytes;

    /// <summary>Checks the envelope (size, content type), reads the body within the limit, then binds it.</summary>
    public async Task<ServiceOutcome<T>> BindAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var problem = RequestBodyReader.CheckDeclaredLength(request, MaxBodyBytes) ?? RequestBodyReader.CheckJsonContentType(request);
        if (problem is not null)
        {
            return Reject(request, problem);
        }

        var (body, unread) = await RequestBodyReader.ReadAsync(request, MaxBodyBytes, cancellationToken);
        return body is null ? Reject(request, unread!) : Bind(body, request.Method, request.Path);
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

        if (JsonShape.Check(body, out var root, out var names) is { } malformed)
        {
            return malformed;
        }

        switch (root)
        {
            case JsonTokenType.Null:
                return new RequestProblem(StatusCodes.Status400BadRequest, "Missing request body", "The request body must be a JSON object, not null.");
            case not JsonTokenType.StartObject:
                return new RequestProblem(
                    StatusCodes.Status400BadRequest,
                    "Expected a JSON object",
                    $"The request body must be a JSON object, not {Describe(root)}.");
        }

        if (!SkipsUnknownProperties && names.FirstOrDefault(n => !typeInfo.Properties.Any(p => string.Equals(p.Name, n, StringComparison.Ordinal))) is { } unknown)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Unknown property",
                $"The request body has a property '{unknown}' this request does not accept (names are case-sensitive); it accepts: {string.Join(", ", typeInfo.Properties.Select(p => p.Name))}.");
        }

        try
        {
            value = JsonSerializer.Deserialize(body, typeInfo);
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

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "array",
        JsonTokenType.String => "string",
        JsonTokenType.Number => "number",
        JsonTokenType.True or JsonTokenType.False => "boolean",
        _ => token.ToString().ToLowerInvariant(),
    };

    private ServiceOutcome<T> Reject(HttpRequest request, RequestProblem problem) => Reject(request.Method, request.Path, problem);

    private ServiceOutcome<T> Reject(string method, PathString path, RequestProblem problem)
    {
        RequestLog.Rejected(logger, method, path, problem.Status, problem.Title);
        return new ServiceOutcome<T>(problem);
    }
}
