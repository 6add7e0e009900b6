using FactBot.Core.Facts;

namespace FactBot.Application.Facts;

/// <summary>One page of fact records and the opaque token for the next page (null on the last).</summary>
public sealed record FactPage(IReadOnlyList<FactRecord> Facts, string? ContinuationToken);
