using System.Collections.Concurrent;

namespace FactBot.Application.Feedback;

public sealed class InMemoryFeedbackStore : IFeedbackStore
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FeedbackRecord>> feedback = new(StringComparer.Ordinal);

    public Task AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken)
    {
        this.feedback.GetOrAdd(feedback.CheckId, _ => new ConcurrentQueue<FeedbackRecord>()).Enqueue(feedback);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<FeedbackRecord>> ListAsync(string checkId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FeedbackRecord>>(feedback.TryGetValue(checkId, out var queue) ? queue.ToArray() : []);
}
