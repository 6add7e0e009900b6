namespace FactBot.Core.Text.Spelling;

/// <summary>
/// The last answers, one slot per token hash (direct-mapped): bounded, lock-free and safe for concurrent readers and
/// writers, because a slot only ever holds a whole immutable entry. A newer token simply replaces an older one.
/// </summary>
internal sealed class CorrectionCache(int size)
{
    private readonly CachedCorrection?[] slots = new CachedCorrection?[size];

    public bool TryGet(string token, out Correction? correction)
    {
        if (slots.Length != 0 && Volatile.Read(ref slots[Slot(token)]) is { } entry && string.Equals(entry.Token, token, StringComparison.Ordinal))
        {
            correction = entry.Correction;
            return true;
        }

        correction = null;
        return false;
    }

    public void Set(string token, Correction? correction)
    {
        if (slots.Length != 0)
        {
            Volatile.Write(ref slots[Slot(token)], new CachedCorrection(token, correction));
        }
    }

    private int Slot(string token) => token.GetHashCode(StringComparison.Ordinal) & (slots.Length - 1);
}
