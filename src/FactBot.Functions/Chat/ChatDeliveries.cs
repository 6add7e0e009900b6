using System.Security.Cryptography;
using System.Text;
using FactBot.Application.Checks;
using FactBot.Application.Webhooks;
using FactBot.Functions.Feedback;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat;

/// <summary>
/// Answers each chat delivery once, the way the claim webhook does: a delivery whose platform id was answered before gets
/// the stored answer and records nothing; otherwise the check runs under an id derived from the platform id (so racing
/// redeliveries compute the same one), the check and the answer are stored insert-if-absent, and the first stored
/// answer wins. A store that fails is a 503 for a platform that redelivers (<see cref="ChatPlatform.RedeliversUntilAccepted"/>);
/// the others get the verdict anyway, with the failure logged, since they would only show the person an error.
/// </summary>
public sealed partial class ChatDeliveries(
    ClaimCheckRecorder recorder,
    IClaimLog log,
    IWebhookDeliveryStore deliveries,
    FeedbackService feedback,
    TimeProvider time,
    ILogger<ChatDeliveries> logger)
{
    /// <summary>The check id of a chat delivery: the first 32 hex digits of SHA-256 of its delivery key.</summary>
    public static string CheckIdFor(ChatDelivery delivery)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(delivery.Key)))[..32];
    }

    public async Task<ServiceOutcome<string>> CheckOnceAsync(
        ChatDelivery delivery, string claim, Func<RecordedCheck, string> render, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        ArgumentNullException.ThrowIfNull(render);
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

    private static ServiceOutcome<string> Unavailable(ChatDelivery delivery, Func<ChatFeedbackOutcome, string> render) =>
        delivery.Platform.RedeliversUntilAccepted ? ChatProblems.NotRecorded(delivery.Platform) : render(ChatFeedbackOutcome.Unavailable);

    [LoggerMessage(EventId = 1601, Level = LogLevel.Information, Message = "{Platform} check {CheckId} answered: {Verdict}")]
    private static partial void Answered(ILogger logger, string platform, string checkId, string verdict);

    [LoggerMessage(EventId = 1602, Level = LogLevel.Information, Message = "{Platform} delivery {DeliveryId} redelivered: answering for {CheckId} again")]
    private static partial void Redelivered(ILogger logger, string platform, string deliveryId, string checkId);

    [LoggerMessage(EventId = 1603, Level = LogLevel.Warning, Message = "{Platform} delivery {DeliveryId} could not be recorded")]
    private static partial void NotRecorded(ILogger logger, Exception exception, string platform, string deliveryId);
}
