namespace FactBot.Core.Tests.Article;

/// <summary>One row of article-claims.jsonl: a claim written for these tests, with the verdict and deciding record expected.</summary>
public sealed record ArticleClaim(string Claim, string Lang, string Verdict, string? FactId)
{
    public override string ToString() => Claim;
}
