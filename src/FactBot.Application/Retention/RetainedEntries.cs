namespace FactBot.Application.Retention;

/// <summary>
/// Entries by key in insertion order, within <see cref="RetentionLimits"/>: an entry older than the limit's age (by
/// when it was added) is gone, and when the count would go over the limit the oldest entry is evicted, or, for a store
/// that must keep every entry for its whole retention (webhook idempotency), the new entry is refused instead.
/// </summary>
/// <remarks>One lock: these are the embedded store's, for development and tests, not a production cache.</remarks>
public sealed class RetainedEntries<T>(RetentionLimits limits, TimeProvider time, bool evictWithinRetention)
    where T : class
{
    private readonly Lock sync = new();
    private readonly Dictionary<string, (T Value, DateTimeOffset AddedAt)> entries = new(StringComparer.Ordinal);
    private readonly Queue<(string Key, DateTimeOffset AddedAt)> order = new();

    public int Count
    {
        get
        {
            lock (sync)
            {
                DropExpired(time.GetUtcNow());
                return entries.Count;
            }
        }
    }

    /// <summary>Adds the entry unless the key is present (false). Throws <see cref="StoreFullException"/> when full and not allowed to evict.</summary>
    public bool TryAdd(string key, T value)
    {
        var now = time.GetUtcNow();
        lock (sync)
        {
            DropExpired(now);
            if (entries.ContainsKey(key))
            {
                return false;
            }

            if (entries.Count >= limits.MaxEntries)
            {
                if (!evictWithinRetention)
                {
                    throw new StoreFullException(
                        $"The in-memory store holds {entries.Count} entries, its limit, all younger than {limits.MaxAge}; try again later.");
                }

                entries.Remove(order.Dequeue().Key);
            }

            entries.Add(key, (value, now));
            order.Enqueue((key, now));
            return true;
        }
    }

    public T? Find(string key)
    {
        lock (sync)
        {
            DropExpired(time.GetUtcNow());
            return entries.TryGetValue(key, out var entry) ? entry.Value : null;
        }
    }

    /// <summary>The live entries, oldest first.</summary>
    public IReadOnlyList<T> Where(Func<T, bool> predicate)
    {
        lock (sync)
        {
            DropExpired(time.GetUtcNow());
            return order.Select(o => entries[o.Key].Value).Where(predicate).ToArray();
        }
    }

    private void DropExpired(DateTimeOffset now)
    {
        while (order.TryPeek(out var oldest) && now - oldest.AddedAt > limits.MaxAge)
        {
            entries.Remove(order.Dequeue().Key);
        }
    }
}
