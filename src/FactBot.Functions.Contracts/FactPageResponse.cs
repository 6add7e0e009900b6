namespace FactBot.Functions.Contracts;

/// <summary>A page of facts; pass <see cref="ContinuationToken"/> back for the next page (null on the last).</summary>
public sealed record FactPageResponse(IReadOnlyList<FactResponse> Facts, string? ContinuationToken);
