using FactBot.Application.Checks;
using FactBot.Application.Feedback;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Feedback;

/// <summary>Stores feedback on a recorded check (table <c>Feedback</c>); unknown check ids are refused.</summary>
public sealed partial class FeedbackService(IClaimLog log, IFeedbackStore store, TimeProvider time, ILogger<FeedbackService> logger)
{
    public async Task<ServiceOutcome<FeedbackAcceptedResponse>> SubmitAsync(string checkId, FeedbackRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkId);
        ArgumentNullException.ThrowIfNull(request);
        try
        {
            if (await log.FindAsync(checkId, cancellationToken) is null)
            {
                return Problems.CheckNotFound(checkId);
            }

            var now = time.GetUtcNow();
            var feedback = new FeedbackRecord(
                checkId, Guid.CreateVersion7(now).ToString("N"), request.Correct!.Value, request.ExpectedVerdict, request.Comment, now);
            await store.AddAsync(feedback, cancellationToken);
            return new FeedbackAcceptedResponse(feedback.Id, checkId, now);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            StoreFailed(logger, ex, checkId);
            return Problems.StoreUnavailable("store the feedback");
        }
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Feedback on check {CheckId} could not be stored")]
    private static partial void StoreFailed(ILogger logger, Exception exception, string checkId);
}
