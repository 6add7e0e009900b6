namespace FactBot.Core.Tests.Article;

/// <summary>
/// One row of article-claims.jsonl: a claim written for these tests, with the verdict and deciding record expected.
/// <see cref="AlsoFactIds"/> lists other records that may decide a compound claim (any of its parts);
/// <see cref="AlsoOk"/> lists verdicts also accepted (only ever "unknown" for a known recall miss), and
/// <see cref="Note"/> says why a row was relabelled or relaxed.
/// </summary>
public sealed record ArticleClaim(string Claim, string Lang, string Verdict, string? FactId)
{
    public IReadOnlyList<string> AlsoFactIds { get; init; } = [];

    public IReadOnlyList<string> AlsoOk { get; init; } = [];

    public string? Note { get; init; }

    public override string ToString() => Claim;
}
