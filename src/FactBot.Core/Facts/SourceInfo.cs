namespace FactBot.Core.Facts;

/// <summary>The article a fact record quotes.</summary>
public sealed record SourceInfo(string Id, string Title, string Published, Language Language)
{
    /// <summary>The year the article speaks as of ("2023-03" → 2023); null when <see cref="Published"/> does not start with one.</summary>
    public int? PublishedYear { get; } = Published.Length >= 4 && int.TryParse(Published.AsSpan(0, 4), out var year) ? year : null;
}
