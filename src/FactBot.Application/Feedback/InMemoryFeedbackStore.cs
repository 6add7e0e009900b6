using FactBot.Application.Retention;

namespace FactBot.Application.Feedback;

/// <summary>Feedback of the embedded store: process memory within its <see cref="RetentionLimits"/>, oldest evicted first.</summary>
public sealed class InMemoryFeedbackStore(RetentionLimits limits, TimeProvider time) : IFeedbackStore
{
    /// <summary>The embedded store's default: 10,000 feedback entries, none older than a day.</summary>
    public static readonly RetentionLimits DefaultLimits = new(10_000, TimeSpan.FromDays(1));

    private readonly RetainedEntries<FeedbackRecord> feedback = new(limits, time, evictWithinRetention: true);

    public InMemoryFeedbackStore()
        : this(DefaultLimits, TimeProvider.System)
    {
    }

    public int Count => feedback.Count;

    public Task AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        this.feedback.TryAdd(feedback.Id, feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackRecord>> ListAsync(string checkId, CancellationToken cancellationToken) =>
        Task.FromResult(feedback.Where(f => string.Equals(f.CheckId, checkId, StringComparison.Ordinal)));
}
