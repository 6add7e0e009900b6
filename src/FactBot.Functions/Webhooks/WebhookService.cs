using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FactBot.Application.Checks;
using FactBot.Application.Webhooks;
using FactBot.Functions.Contracts;
using FactBot.Functions.Http;
using FactBot.Functions.Limits;
using FactBot.Functions.Routing;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Webhooks;

/// <summary>
/// Answers a claim webhook delivery exactly once per <c>webhook-id</c>: verify (signature, timestamp) before reading
/// the JSON; a known id gets its stored response back; otherwise check under an id derived from the webhook-id (so
/// racing deliveries compute the same one), record the check and the delivery insert-if-absent, and answer with the
/// first stored response. Any store failure is a 503 with Retry-After, so the sender redelivers and nothing is lost.
/// A verified delivery draws from the rate limit of its sender (<c>webhook:</c> + <see cref="WebhookSignatureVerifier.KeyId"/>);
/// a refused one is answered 429 + Retry-After (Standard Webhooks senders retry a non-2xx later) and records nothing.
/// </summary>
public sealed partial class WebhookService(
    WebhookSignatureVerifier verifier,
    JsonRequestBinder<WebhookClaimRequest> binder,
    ClaimCheckRecorder recorder,
    IClaimLog log,
    IWebhookDeliveryStore deliveries,
    CallerRateLimiter limiter,
    ApiRouteTable routes,
    TimeProvider time,
    ILogger<WebhookService> logger)
{
    // The method and path rejections are logged under: the webhook function's own route.
    private readonly FunctionRoute route = routes[ClaimWebhookFunction.Name];

    // The deliveries being answered now, by webhook-id.
    private readonly ConcurrentDictionary<string, Lazy<Task<ServiceOutcome<string>>>> running = new(StringComparer.Ordinal);

    /// <summary>The check id of a webhook delivery: the first 32 hex digits of SHA-256("webhook:" + webhook-id).</summary>
    public static string CheckIdFor(string webhookId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("webhook:" + webhookId)))[..32];

    public async Task<ServiceOutcome<string>> ReceiveAsync(WebhookMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (verifier.Verify(message) is { } unauthentic)
        {
            RequestLog.Rejected(logger, route.Methods[0], route.Path, unauthentic.Status, unauthentic.Title);
            return unauthentic;
        }

        var bound = binder.Bind(message.Body, route.Methods[0], route.Path);
        if (!bound.Succeeded)
        {
            return bound.Problem;
        }

        var webhookId = message.WebhookId!;
        if (limiter.TryAcquire("webhook:" + verifier.KeyId) is { } limited)
        {
            RateLimited(logger, webhookId);
            return limited with
            {
                Detail = "This sender has sent more deliveries than its limit allows; the delivery was not checked or recorded. Redeliver it (same webhook-id) after Retry-After.",
            };
        }

        // Copies of one delivery that arrive together (a sender's retries racing its first attempt) share one answer in
        // this process: the first does the work, the others wait for it, so they cost no store round trips of their own.
        // Across processes the inserts-if-absent still make them agree.
        var shared = new Lazy<Task<ServiceOutcome<string>>>(() => AnswerAsync(webhookId, bound.Value.Claim!));
        var inFlight = running.GetOrAdd(webhookId, shared);
        try
        {
            return await inFlight.Value.WaitAsync(cancellationToken);
        }
        finally
        {
            if (ReferenceEquals(inFlight, shared))
            {
                running.TryRemove(new KeyValuePair<string, Lazy<Task<ServiceOutcome<string>>>>(webhookId, shared));
            }
        }
    }

    /// <summary>
    /// The stored answer to this id, or a new check recorded with its answer. Not tied to one request's cancellation,
    /// since other copies may be waiting on it; the storage pipeline bounds how long it takes.
    /// </summary>
    private async Task<ServiceOutcome<string>> AnswerAsync(string webhookId, string claim)
    {
        var cancellationToken = CancellationToken.None;
        try
        {
            if (await deliveries.FindAsync(webhookId, cancellationToken) is { } earlier)
            {
                Redelivered(logger, webhookId, earlier.CheckId);
                return earlier.ResponseJson;
            }

            var check = await recorder.CheckAsync(claim, ClaimCheckRecorder.WebhookChannel, CheckIdFor(webhookId), cancellationToken);
            var json = JsonSerializer.Serialize(ClaimCheckResponse.From(check with { Recorded = true }), WireJson.Context.ClaimCheckResponse);

            // False means a racing delivery of this id recorded the same check first: fine either way.
            await log.TryAddAsync(check.Record, cancellationToken);
            if (await deliveries.TryAddAsync(new WebhookDelivery(webhookId, check.Record.Id, json, time.GetUtcNow()), cancellationToken))
            {
                return json;
            }

            // A racing delivery stored its answer first: everyone gets that one.
            var first = await deliveries.FindAsync(webhookId, cancellationToken);
            return first?.ResponseJson ?? json;
        }
        catch (Exception ex)
        {
            NotDurable(logger, ex, webhookId);
            return Problems.StoreUnavailable("record this delivery durably") with
            {
                Title = "Delivery not recorded",
                Detail = "The check could not be recorded durably, so the delivery was not accepted; redeliver it (same webhook-id) after Retry-After.",
            };
        }
    }

    [LoggerMessage(EventId = 1501, Level = LogLevel.Information, Message = "Webhook {WebhookId} redelivered: answering check {CheckId} again")]
    private static partial void Redelivered(ILogger logger, string webhookId, string checkId);

    [LoggerMessage(EventId = 1502, Level = LogLevel.Warning, Message = "Webhook {WebhookId} could not be recorded; answered 503 so the sender redelivers")]
    private static partial void NotDurable(ILogger logger, Exception exception, string webhookId);

    [LoggerMessage(EventId = 1503, Level = LogLevel.Information, Message = "Webhook {WebhookId} refused by the sender's rate limit: nothing recorded")]
    private static partial void RateLimited(ILogger logger, string webhookId);
}
