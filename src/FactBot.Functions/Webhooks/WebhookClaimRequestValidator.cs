using System.Text;
using System.Text.Json;
using FactBot.Application.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Webhooks;

internal sealed class WebhookClaimRequestValidator : IRequestValidator<WebhookClaimRequest>
{
    /// <summary>Largest metadata object accepted, in bytes of its JSON text.</summary>
    public const int MaxMetadataBytes = 4 * 1024;

    public RequestProblem? Validate(WebhookClaimRequest request)
    {
        if (RequestProblem.ForText(TextPolicy.CheckClaim(request.Claim, "claim")) is { } problem)
        {
            return problem;
        }

        if (request.Metadata is not { ValueKind: not JsonValueKind.Null } metadata)
        {
            return null;
        }

        if (metadata.ValueKind != JsonValueKind.Object)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Invalid metadata",
                $"'metadata' must be a JSON object, not {metadata.ValueKind.ToString().ToLowerInvariant()}.");
        }

        var size = Encoding.UTF8.GetByteCount(metadata.GetRawText());
        return size > MaxMetadataBytes
            ? new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Metadata too large",
                $"'metadata' has {size} bytes of JSON; at most {MaxMetadataBytes} (4 KiB) are accepted.")
            : null;
    }
}
