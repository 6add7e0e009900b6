namespace FactBot.Core.Facts;

/// <summary>The article a fact record quotes.</summary>
public sealed record SourceInfo(string Id, string Title, string Published, Language Language)
{
    /// <summary>The year the article speaks as of ("2023-03" → 2023); null when <see cref="Published"/> does not start with one.</summary>
    public int? PublishedYear { get; } = Published.Length >= 4 && int.TryParse(Published.AsSpan(0, 4), out var year) ? year : null;

    /// <summary>The month the article speaks as of ("2023-03" → 3); null when <see cref="Published"/> gives none.</summary>
    public int? PublishedMonth { get; } = Published.Length >= 7 && Published[4] == '-' && int.TryParse(Published.AsSpan(5, 2), out var month) ? month : null;

    /// <summary>Whether a date is after the article's: a later year, or a later month of its year ("July 2023" against "2023-03").</summary>
    public bool IsAfter(int? year, int? month) =>
        year > PublishedYear || (year == PublishedYear && month is not null && PublishedMonth is not null && month > PublishedMonth);
}
