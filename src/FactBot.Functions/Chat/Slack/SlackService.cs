using System.Text;
using FactBot.Core.Facts;
using FactBot.Functions.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat.Slack;

/// <summary>
/// The Slack slash command and its feedback buttons. A command is verified, then answered in the channel with the
/// verdict (blank text: usage, to the user alone); a retry (<c>X-Slack-Retry-Num</c>) or any repeat of its trigger_id
/// gets the first answer and records nothing. A button press stores feedback once per trigger_id.
/// </summary>
public sealed partial class SlackService(
    SlackSignatureVerifier verifier,
    JsonRequestBinder<SlackInteractionPayload> payloads,
    ChatDeliveries chat,
    ILogger<SlackService> logger)
{
    public bool IsConfigured => verifier.IsConfigured;

    public async Task<ServiceOutcome<string>> CommandAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var form = Verify(request);
        if (!form.Succeeded)
        {
            return form.Problem;
        }

        var fields = form.Value;
        if (fields["ssl_check"] == "1")
        {
            return string.Empty;
        }

        var triggerId = fields["trigger_id"];
        if (triggerId is null || fields["team_id"] is not { Length: > 0 } teamId || fields["user_id"] is not { Length: > 0 } userId)
        {
            return Reject(request, ChatProblems.MissingField(triggerId is null ? "trigger_id" : fields["team_id"] is null ? "team_id" : "user_id", "a slash command field"));
        }

        if (!ChatDelivery.IsValidId(triggerId))
        {
            return Reject(request, ChatProblems.InvalidDeliveryId("trigger_id"));
        }

        var command = fields["command"] is { Length: > 0 } named ? named : "/factcheck";
        var claim = SlackText.Decode(fields["text"] ?? string.Empty).Trim();
        if (claim.Length == 0)
        {
            return SlackReplies.Usage(command, Language.English);
        }

        if (ChatClaim.Problem(claim, ChatLabels.Default.For(Language.English)) is { } refused)
        {
            return SlackReplies.Ephemeral(refused);
        }

        if (request.Header(SlackSignatureVerifier.RetryHeader) is { } retry)
        {
            Retried(logger, triggerId, retry);
        }

        var delivery = new ChatDelivery(ChatPlatform.Slack, triggerId, teamId, userId);
        return await chat.CheckOnceAsync(delivery, claim, check => SlackReplies.Verdict(ChatReply.From(check, ChatLabels.Default)), ChatLabels.Default.For(Language.English), SlackReplies.Ephemeral, cancellationToken);
    }

    /// <summary>A block action: the feedback button's value names the check; Slack shows nothing of the 200's body.</summary>
    public async Task<ServiceOutcome<string>> InteractionAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        var form = Verify(request);
        if (!form.Succeeded)
        {
            return form.Problem;
        }

        if (form.Value["payload"] is not { Length: > 0 } json)
        {
            return Reject(request, ChatProblems.MissingField("payload", "the interaction's JSON"));
        }

        var bound = payloads.Bind(Encoding.UTF8.GetBytes(json), request.Method, request.Path);
        if (!bound.Succeeded)
        {
            return bound.Problem;
        }

        var payload = bound.Value;
        FeedbackButton? button = null;
        if (payload.Type != SlackInteractionPayload.BlockActions || !payload.Actions!.Any(a => FeedbackButton.TryParse(a.Value, out button)))
        {
            return string.Empty;
        }

        var delivery = new ChatDelivery(ChatPlatform.Slack, "action:" + payload.TriggerId, payload.Team?.Id, payload.User?.Id);
        return await chat.FeedbackOnceAsync(delivery, button!, _ => string.Empty, cancellationToken);
    }

    private ServiceOutcome<SlackForm> Verify(ChatRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (verifier.Verify(request) is { } unauthentic)
        {
            return Reject(request, unauthentic);
        }

        var form = SlackForm.Parse(request.Body);
        return form.Succeeded ? form : Reject(request, form.Problem);
    }

    private RequestProblem Reject(ChatRequest request, RequestProblem problem)
    {
        RequestLog.Rejected(logger, request.Method, request.Path, problem.Status, problem.Title);
        return problem;
    }

    [LoggerMessage(EventId = 1611, Level = LogLevel.Information, Message = "Slack retry {Retry} of trigger {TriggerId}")]
    private static partial void Retried(ILogger logger, string triggerId, string retry);
}
