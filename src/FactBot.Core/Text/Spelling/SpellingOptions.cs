namespace FactBot.Core.Text.Spelling;

/// <summary>
/// How far the spelling corrector may go. Precision first: a wrong correction is far worse than none, so short words
/// are never corrected and longer ones only by one or two edits.
/// </summary>
internal sealed record SpellingOptions
{
    /// <summary>The most edits the corrector ever allows (its deletion index is built for this many).</summary>
    public const int MostEdits = 2;

    /// <summary>The longest word the corrector ever handles (bounds the work and the stack per lookup).</summary>
    public const int LongestWord = 48;

    public static SpellingOptions Default { get; } = new();

    /// <summary>Shorter tokens are never corrected, and nothing is corrected to a shorter vocabulary word.</summary>
    public int MinimumLength { get; init; } = 5;

    /// <summary>From this length on (of both the token and the word) two edits are allowed; below it, one.</summary>
    public int TwoEditsFromLength { get; init; } = 9;

    /// <summary>Longer tokens are never corrected.</summary>
    public int MaximumLength { get; init; } = 32;

    /// <summary>How many recent answers are kept (a power of two, at least 2; 0 turns the cache off).</summary>
    public int CacheSize { get; init; } = 2048;

    /// <summary>The edits allowed between words of these lengths: the shorter one decides.</summary>
    public int AllowedEdits(int length, int otherLength) => AllowedEdits(Math.Min(length, otherLength));

    /// <summary>The edits allowed for a word of this length: 0 (never corrected), 1 or 2.</summary>
    public int AllowedEdits(int length) =>
        length < MinimumLength || length > MaximumLength ? 0 : length >= TwoEditsFromLength ? 2 : 1;

    public void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MinimumLength, 2, nameof(MinimumLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(TwoEditsFromLength, MinimumLength, nameof(TwoEditsFromLength));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaximumLength, MinimumLength, nameof(MaximumLength));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(MaximumLength, LongestWord, nameof(MaximumLength));
        ArgumentOutOfRangeException.ThrowIfNegative(CacheSize, nameof(CacheSize));
        if (CacheSize != 0 && (CacheSize < 2 || !int.IsPow2(CacheSize)))
        {
            throw new ArgumentOutOfRangeException(nameof(CacheSize), CacheSize, "The cache size must be 0 or a power of two, at least 2.");
        }
    }
}
