using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using FactBot.Application.Checks;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests;

/// <summary>
/// The LocalHost in process on the embedded store, with a webhook secret and in-memory stores that count what they keep,
/// so tests can assert that a rejected request stored nothing.
/// </summary>
public class ApiHostFactory : WebApplicationFactory<LocalHostMarker>
{
    /// <summary>A Standard Webhooks secret: whsec_ + base64 of 24 bytes.</summary>
    public const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    public CountingClaimLog Checks { get; } = new();

    public CountingFeedbackStore Feedback { get; } = new();

    public CountingDeliveryStore Deliveries { get; } = new();

    protected virtual string? WebhookSecret => Secret;

    public static byte[] Key => Convert.FromBase64String(Secret["whsec_".Length..]);

    /// <summary>The <c>v1,&lt;base64&gt;</c> signature of a delivery, as a sender computes it.</summary>
    public static string Sign(string webhookId, string timestamp, string body, byte[]? key = null) =>
        "v1," + Convert.ToBase64String(HMACSHA256.HashData(key ?? Key, Encoding.UTF8.GetBytes($"{webhookId}.{timestamp}.{body}")));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("FactBot:Storage:ConnectionString", string.Empty);
        builder.UseSetting("FactBot:Webhook:Secret", WebhookSecret ?? string.Empty);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<IClaimLog>(Checks);
            services.AddSingleton<IFeedbackStore>(Feedback);
            services.AddSingleton<IWebhookDeliveryStore>(Deliveries);
        });
    }
}

/// <summary>The same host with no webhook secret configured.</summary>
public sealed class UnconfiguredWebhookHostFactory : ApiHostFactory
{
    protected override string? WebhookSecret => null;
}

public sealed class CountingClaimLog : IClaimLog
{
    private readonly InMemoryClaimLog inner = new();
    private readonly ConcurrentQueue<CheckRecord> added = new();

    public int Count => added.Count;

    public IReadOnlyCollection<CheckRecord> Added => added;

    public async Task<bool> TryAddAsync(CheckRecord check, CancellationToken cancellationToken)
    {
        var isNew = await inner.TryAddAsync(check, cancellationToken);
        if (isNew)
        {
            added.Enqueue(check);
        }

        return isNew;
    }

    public Task<bool> TryAddWithoutRetryAsync(CheckRecord check, CancellationToken cancellationToken) => TryAddAsync(check, cancellationToken);

    public Task<CheckRecord?> FindAsync(string checkId, CancellationToken cancellationToken) => inner.FindAsync(checkId, cancellationToken);
}

public sealed class CountingFeedbackStore : IFeedbackStore
{
    private readonly InMemoryFeedbackStore inner = new();
    private int count;

    public int Count => count;

    public Task AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref count);
        return inner.AddAsync(feedback, cancellationToken);
    }

    public Task<IReadOnlyList<FeedbackRecord>> ListAsync(string checkId, CancellationToken cancellationToken) => inner.ListAsync(checkId, cancellationToken);
}

public sealed class CountingDeliveryStore : IWebhookDeliveryStore
{
    private readonly InMemoryWebhookDeliveryStore inner = new();
    private int count;

    public int Count => count;

    public Task<WebhookDelivery?> FindAsync(string webhookId, CancellationToken cancellationToken) => inner.FindAsync(webhookId, cancellationToken);

    public async Task<bool> TryAddAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var isNew = await inner.TryAddAsync(delivery, cancellationToken);
        if (isNew)
        {
            Interlocked.Increment(ref count);
        }

        return isNew;
    }
}
