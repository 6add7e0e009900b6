using System.Collections.Concurrent;

namespace FactBot.Core.Text;

/// <summary>
/// Answers computed per word, remembered up to a bound: claims may bring any word, so past the bound new words are
/// answered but not kept. Safe for concurrent callers; a race only computes the same answer twice.
/// </summary>
internal sealed class WordMemo<T>(int capacity = WordMemo<T>.DefaultCapacity)
{
    public const int DefaultCapacity = 50_000;
    private readonly ConcurrentDictionary<string, T> answers = new(StringComparer.Ordinal);

    // ConcurrentDictionary.Count takes every lock; the words kept are counted here instead (a race may keep a few more).
    private int kept;

    public T Get(string word, Func<string, T> compute) => Get(word, compute, static (w, c) => c(w));

    public T Get<TState>(string word, TState state, Func<string, TState, T> compute)
    {
        if (!answers.TryGetValue(word, out var answer))
        {
            answer = compute(word, state);
            if (Volatile.Read(ref kept) < capacity && answers.TryAdd(word, answer))
            {
                Interlocked.Increment(ref kept);
            }
        }

        return answer;
    }
}
