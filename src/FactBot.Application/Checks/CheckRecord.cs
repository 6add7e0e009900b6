using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Application.Checks;

/// <summary>One check as recorded in the claim log (table <c>Checks</c>).</summary>
/// <remarks>
/// <see cref="SpaceId"/> and <see cref="UserId"/> are set for chat checks only: the platform's workspace (Slack team,
/// Teams tenant, Telegram chat, Discord guild) and the sender's id there, so that limits can later key on the caller.
/// </remarks>
public sealed record CheckRecord(
    string Id,
    string Claim,
    string Language,
    string Verdict,
    double Confidence,
    string? FactId,
    string Channel,
    DateTimeOffset CheckedAt,
    string? SpaceId = null,
    string? UserId = null)
{
    /// <summary>The engine's explanation, in the claim's language (null on rows written before it was kept).</summary>
    public string? Explanation { get; init; }

    /// <summary>Where the claim was made, when the caller said so.</summary>
    public ClaimOrigin? Origin { get; init; }

    /// <summary>The engine's answer as the claim log keeps it: names for verdict and language, the reported confidence, the deciding fact.</summary>
    public static CheckRecord From(string id, CheckResult result, string channel, DateTimeOffset checkedAt)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(
            id,
            result.Claim,
            result.Language.ToCode(),
            result.Verdict.ToWire(),
            ReportedConfidence.Of(result),
            result.Evidence?.FactId,
            channel,
            checkedAt)
        {
            Explanation = result.Explanation,
        };
    }
}
