using System.Security.Cryptography;
using System.Text;
using FactBot.Application.Checks;
using FactBot.Application.Webhooks;
using FactBot.Functions.Feedback;
using FactBot.Functions.Http;
using FactBot.Functions.Limits;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat;

/// <summary>
/// Answers each chat delivery once, the way the claim webhook does: a delivery whose platform id was answered before gets
/// the stored answer and records nothing; otherwise the check runs under an id derived from the platform id (so racing
/// redeliveries compute the same one), the check and the answer are stored insert-if-absent, and the first stored
/// answer wins. A store that fails is a 503 for a platform that redelivers (<see cref="ChatPlatform.RedeliversUntilAccepted"/>);
/// the others get the verdict anyway, with the failure logged, since they would only show the person an error.
/// Before any of that, a delivery draws from the rate limit of the space it comes from (<see cref="CallerOf"/>); a refused
/// one records nothing and is answered 429 + Retry-After on a platform that redelivers (it comes back later), else with a
/// reply saying so (Slack, Teams and Discord show a non-2xx as a failure and never send it again).
/// </summary>
public sealed partial class ChatDeliveries(
    ClaimCheckRecorder recorder,
    IClaimLog log,
    IWebhookDeliveryStore deliveries,
    FeedbackService feedback,
    CallerRateLimiter limiter,
    TimeProvider time,
    ILogger<ChatDeliveries> logger)
{
    /// <summary>The check id of a chat delivery: the first 32 hex digits of SHA-256 of its delivery key.</summary>
    public static string CheckIdFor(ChatDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(delivery.Key)))[..32];
    }

    /// <summary>
    /// The rate-limit key of a delivery: the platform and the space the verified body names (Slack team, Teams tenant,
    /// Telegram chat, Discord guild), else the user (a Discord direct message has no guild).
    /// </summary>
    public static string CallerOf(ChatDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return delivery.SpaceId is { Length: > 0 } space
            ? $"{delivery.Platform.Channel}:{space}"
            : $"{delivery.Platform.Channel}:user:{delivery.UserId}";
    }

    /// <summary>
    /// Checks the claim of a delivery once and answers with <paramref name="render"/>; a delivery the rate limit refuses
    /// gets <paramref name="say"/> of the refusal in <paramref name="labels"/>' language (or a 429 where the platform redelivers).
    /// </summary>
    public async Task<ServiceOutcome<string>> CheckOnceAsync(
        ChatDelivery delivery, string claim, Func<RecordedCheck, string> render, ChatLabelSet labels, Func<string, string> say, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(render);
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(say);
        if (Limited(delivery) is { } limited)
        {
            return delivery.Platform.RedeliversUntilAccepted
                ? limited
                : say(ChatLabels.Fill(labels.RateLimited, ("seconds", limited.RetryAfterSeconds!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        }

        var (earlier, storeDown) = await TryFindAsync(delivery, cancellationToken);
        if (earlier is not null)
        {
            return earlier.ResponseJson;
        }

        if (storeDown && delivery.Platform.RedeliversUntilAccepted)
        {
            return ChatProblems.NotRecorded(delivery.Platform);
        }

        string? answer = null;
        try
        {
            var check = await recorder.CheckAsync(claim, delivery.Platform.Channel, CheckIdFor(delivery), cancellationToken);
            check = check with { Record = check.Record with { SpaceId = delivery.SpaceId, UserId = delivery.UserId }, Recorded = !storeDown };
            answer = render(check);
            if (storeDown)
            {
                return answer;
            }

            // False means a racing redelivery recorded the same check first: fine either way.
            await log.TryAddAsync(check.Record, cancellationToken);
            if (await deliveries.TryAddAsync(new WebhookDelivery(delivery.Key, check.Record.Id, answer, time.GetUtcNow()), cancellationToken))
            {
                Answered(logger, delivery.Platform.Name, check.Record.Id, check.Record.Verdict);
                return answer;
            }

            return (await deliveries.FindAsync(delivery.Key, cancellationToken))?.ResponseJson ?? answer;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            NotRecorded(logger, ex, delivery.Platform.Name, delivery.Id);
            return answer is not null && !delivery.Platform.RedeliversUntilAccepted ? answer : ChatProblems.NotRecorded(delivery.Platform);
        }
    }

    public async Task<ServiceOutcome<string>> FeedbackOnceAsync(
        ChatDelivery delivery, FeedbackButton button, Func<ChatFeedbackOutcome, string> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(button);
        ArgumentNullException.ThrowIfNull(render);
        if (Limited(delivery) is { } limited)
        {
            return delivery.Platform.RedeliversUntilAccepted ? limited : render(ChatFeedbackOutcome.Unavailable);
        }

        var (earlier, storeDown) = await TryFindAsync(delivery, cancellationToken);
        if (earlier is not null)
        {
            return earlier.ResponseJson;
        }

        if (storeDown)
        {
            return Unavailable(delivery, render);
        }

        var submitted = await feedback.SubmitAsync(button.CheckId, new FeedbackRequest(button.Correct, ExpectedVerdict: null, Comment: null), cancellationToken);
        if (!submitted.Succeeded)
        {
            return submitted.Problem.Status == StatusCodes.Status404NotFound ? render(ChatFeedbackOutcome.UnknownCheck) : Unavailable(delivery, render);
        }

        var answer = render(ChatFeedbackOutcome.Recorded);
        try
        {
            await deliveries.TryAddAsync(new WebhookDelivery(delivery.Key, button.CheckId, answer, time.GetUtcNow()), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The feedback itself is stored; only a redelivery would store it again.
            NotRecorded(logger, ex, delivery.Platform.Name, delivery.Id);
        }

        return answer;
    }

    /// <summary>The earlier answer to this delivery, if any; <c>StoreDown</c> when the store could not be asked (logged).</summary>
    private async Task<(WebhookDelivery? Earlier, bool StoreDown)> TryFindAsync(ChatDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            var earlier = await deliveries.FindAsync(delivery.Key, cancellationToken);
            if (earlier is not null)
            {
                Redelivered(logger, delivery.Platform.Name, delivery.Id, earlier.CheckId);
            }

            return (earlier, false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            NotRecorded(logger, ex, delivery.Platform.Name, delivery.Id);
            return (null, true);
        }
    }

    private RequestProblem? Limited(ChatDelivery delivery)
    {
        var caller = CallerOf(delivery);
        if (limiter.TryAcquire(caller) is not { } limited)
        {
            return null;
        }

        RateLimited(logger, delivery.Platform.Name, delivery.Id, caller);
        return limited with
        {
            Detail = $"This {delivery.Platform.Name} space has sent more messages than its limit allows; the message was not checked or recorded. {delivery.Platform.Name} redelivers it.",
        };
    }

    private static ServiceOutcome<string> Unavailable(ChatDelivery delivery, Func<ChatFeedbackOutcome, string> render) =>
        delivery.Platform.RedeliversUntilAccepted ? ChatProblems.NotRecorded(delivery.Platform) : render(ChatFeedbackOutcome.Unavailable);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "{Platform} check {CheckId} answered: {Verdict}")]
    private static partial void Answered(ILogger logger, string platform, string checkId, string verdict);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "{Platform} delivery {DeliveryId} redelivered: answering for {CheckId} again")]
    private static partial void Redelivered(ILogger logger, string platform, string deliveryId, string checkId);

    [LoggerMessage(EventId = 1603, Level = LogLevel.Warning, Message = "{Platform} delivery {DeliveryId} could not be recorded")]
    private static partial void NotRecorded(ILogger logger, Exception exception, string platform, string deliveryId);

    [LoggerMessage(EventId = 1604, Level = LogLevel.Information, Message = "{Platform} delivery {DeliveryId} refused by the rate limit of {Caller}: nothing recorded")]
    private static partial void RateLimited(ILogger logger, string platform, string deliveryId, string caller);
}
