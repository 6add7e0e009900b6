namespace FactBot.Core.Text.Spelling;

/// <summary>
/// The last answers, kept two-way set-associative (two slots per token hash, the newer first): bounded, lock-free and
/// safe for concurrent readers and writers, because a slot only ever holds a whole immutable entry. A race can at worst
/// drop an entry, which only costs recomputing the same answer.
/// </summary>
internal sealed class CorrectionCache(int size)
{
    private readonly CachedCorrection?[] slots = new CachedCorrection?[size];

    public bool TryGet(string token, out Correction? correction)
    {
        if (slots.Length != 0)
        {
            var first = First(token);
            if ((Find(first, token) ?? Find(first + 1, token)) is { } entry)
            {
                correction = entry.Correction;
                return true;
            }
        }

        correction = null;
        return false;
    }

    public void Set(string token, Correction? correction)
    {
        if (slots.Length != 0)
        {
            // The newer answer takes the first slot; the one it displaces moves to the second, evicting the oldest.
            var first = First(token);
            if (Volatile.Read(ref slots[first]) is { } previous)
            {
                Volatile.Write(ref slots[first + 1], previous);
            }

            Volatile.Write(ref slots[first], new CachedCorrection(token, correction));
        }
    }

    private CachedCorrection? Find(int slot, string token) =>
        Volatile.Read(ref slots[slot]) is { } entry && string.Equals(entry.Token, token, StringComparison.Ordinal) ? entry : null;

    private int First(string token) => token.GetHashCode(StringComparison.Ordinal) & (slots.Length - 2);
}
