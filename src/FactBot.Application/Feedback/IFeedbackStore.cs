namespace FactBot.Application.Feedback;

public interface IFeedbackStore
{
    Task AddAsync(FeedbackRecord feedback, CancellationToken cancellationToken);

    Task<IReadOnlyList<FeedbackRecord>> ListAsync(string checkId, CancellationToken cancellationToken);
}
