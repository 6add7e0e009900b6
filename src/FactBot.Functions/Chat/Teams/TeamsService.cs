using FactBot.Functions.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat.Teams;

/// <summary>
/// A Teams outgoing-webhook message: verified, the claim taken from the text without the mention and HTML, answered
/// with the verdict card once per activity id. Blank text gets usage; other activity types an empty 200.
/// </summary>
public sealed class TeamsService(TeamsSignatureVerifier verifier, JsonRequestBinder<TeamsActivity> activities, ChatDeliveries chat, ILogger<TeamsService> logger)
{
    public bool IsConfigured => verifier.IsConfigured;

    public async Task<ServiceOutcome<string>> MessageAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (verifier.Verify(request) is { } unauthentic)
        {
            RequestLog.Rejected(logger, request.Method, request.Path, unauthentic.Status, unauthentic.Title);
            return unauthentic;
        }

        var bound = activities.Bind(request.Body, request.Method, request.Path);
        if (!bound.Succeeded)
        {
            return bound.Problem;
        }

        var activity = bound.Value;
        if (!string.Equals(activity.Type, "message", StringComparison.OrdinalIgnoreCase))
        {
            return string.Empty;
        }

        var labels = ChatLabels.Default.For(ChatReply.LanguageOf(activity.Locale));
        var claim = TeamsMessageText.ClaimOf(activity.Text);
        if (claim.Length == 0)
        {
            return TeamsReplies.Text(labels.UsageTeams);
        }

        if (ChatClaim.Problem(claim, labels) is { } refused)
        {
            return TeamsReplies.Text(refused);
        }

        var delivery = new ChatDelivery(
            ChatPlatform.Teams,
            activity.Id!,
            activity.ChannelData?.Tenant?.Id ?? activity.Conversation?.TenantId,
            activity.From?.AadObjectId ?? activity.From?.Id);
        return await chat.CheckOnceAsync(delivery, claim, check => TeamsReplies.Verdict(ChatReply.From(check, ChatLabels.Default)), labels, TeamsReplies.Text, cancellationToken);
    }
}
