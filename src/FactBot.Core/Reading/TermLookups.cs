using System.Collections.Frozen;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// The index's English and French uses of the term spelled by tokens[start..start+length), looked up once per claim:
/// the two scans for terms (relation words, then context words) and the suffixes of a found term ask for the same spans.
/// </summary>
internal sealed class TermLookups
{
    private readonly IReadOnlyList<Token> tokens;
    private readonly WordFacts[] facts;
    private readonly FactIndex index;
    private readonly int width;

    // The runs of two words or more looked up from each start, allocated for a start when first asked: one word is
    // read from its WordFacts, and most starts are never asked for a longer run.
    private readonly Run?[][] runs;

    // How many words from each start may still spell a term, per kind of stem (0: not read yet).
    private readonly int[] englishReach;
    private readonly int[] frenchReach;
    private readonly int[] plainReach;

    private readonly StemPrefixes englishStems;
    private readonly StemPrefixes frenchStems;
    private readonly StemPrefixes plainStems;
    private readonly FrozenDictionary<string, IReadOnlyList<TermUse>>.AlternateLookup<ReadOnlySpan<char>> englishTerms;
    private readonly FrozenDictionary<string, IReadOnlyList<TermUse>>.AlternateLookup<ReadOnlySpan<char>> frenchTerms;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> termWords;
    private int filledAt = -1;
    private int filledLength;

    public TermLookups(IReadOnlyList<Token> tokens, WordFacts[] facts, FactIndex index)
    {
        this.tokens = tokens;
        this.facts = facts;
        this.index = index;
        width = index.MaxTermTokens + 1;
        runs = new Run?[tokens.Count][];
        englishReach = new int[tokens.Count];
        frenchReach = new int[tokens.Count];
        plainReach = new int[tokens.Count];
        englishStems = new StemPrefixes(tokens, index.MaxTermTokens, static t => t.EnglishStem);
        frenchStems = new StemPrefixes(tokens, index.MaxTermTokens, static t => t.FrenchStem);
        plainStems = new StemPrefixes(tokens, index.MaxTermTokens, static t => t.FrenchPlainStem);
        englishTerms = index.EnglishTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        frenchTerms = index.FrenchTerms.GetAlternateLookup<ReadOnlySpan<char>>();
        termWords = index.TermWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The uses of the term tokens[start..start+length) spell, as an English and as a French term (null for none).</summary>
    public (IReadOnlyList<TermUse>? English, IReadOnlyList<TermUse>? French) At(int start, int length)
    {
        if (length == 1)
        {
            return (facts[start].English, facts[start].French);
        }

        if (!facts[start].MayGrow)
        {
            return (null, null);
        }

        var row = runs[start] ??= new Run?[width];
        row[length] ??= Lookup(start, length);
        return (row[length]!.Value.English, row[length]!.Value.French);
    }

    /// <summary>How many tokens from start a term may span at most: no lookup of a longer run can find one.</summary>
    public int Reach(int start)
    {
        if (!facts[start].MayGrow)
        {
            return 1;
        }

        Fill(start, 1);
        var grows = facts[start].Grows;
        var english = ReachOf(englishReach, start, englishStems, index.EnglishPrefixes, grows.En);
        var french = ReachOf(frenchReach, start, frenchStems, index.FrenchPrefixes, grows.Fr);
        return Math.Max(english, Math.Max(french, ReachOf(plainReach, start, plainStems, index.FrenchPrefixes, grows.FrPlain)));
    }

    /// <summary>Whether tokens[start] is an English or French function word (asked by both scans for terms).</summary>
    public bool IsFunctionWord(int start) => facts[start].IsFunctionWord;

    private Run Lookup(int start, int length)
    {
        Fill(start, length);
        var grows = facts[start].Grows;
        var en = Reaches(englishReach, start, length, englishStems, index.EnglishPrefixes, grows.En)
            && englishTerms.TryGetValue(englishStems.Prefix(length), out var english) && Spells(start, length, englishStems.Prefix(length)) ? english : null;
        var fr = (Reaches(frenchReach, start, length, frenchStems, index.FrenchPrefixes, grows.Fr) && frenchTerms.TryGetValue(frenchStems.Prefix(length), out var french)
                && Spells(start, length, frenchStems.Prefix(length)))
            || (!plainStems.Prefix(length).SequenceEqual(frenchStems.Prefix(length))
                && Reaches(plainReach, start, length, plainStems, index.FrenchPrefixes, grows.FrPlain) && frenchTerms.TryGetValue(plainStems.Prefix(length), out french)
                && Spells(start, length, plainStems.Prefix(length)))
            ? french
            : null;
        return new Run(en, fr);
    }

    // A run written in more words than any term of its key ("plug ins" for "plugins") is that term only when no
    // function word is glued into it ("pas ses" is not "passé").
    private bool Spells(int start, int length, ReadOnlySpan<char> key)
    {
        if (termWords.TryGetValue(key, out var words) && words >= length)
        {
            return true;
        }

        for (var k = start; k < start + length; k++)
        {
            if (facts[k].IsFunctionWord)
            {
                return false;
            }
        }

        return true;
    }

    // A run spells no term longer than the first of its prefixes that no key extends; whether a key extends the first
    // word's stem is known for the word already.
    private bool Reaches(int[] reach, int start, int length, StemPrefixes stems, TermPrefixes prefixes, bool firstGrows) =>
        length <= ReachOf(reach, start, stems, prefixes, firstGrows);

    private int ReachOf(int[] reach, int start, StemPrefixes stems, TermPrefixes prefixes, bool firstGrows)
    {
        if (reach[start] == 0)
        {
            var words = firstGrows && filledLength > 1 ? 2 : 1;
            while (words > 1 && words < filledLength && prefixes.HasLonger(stems.Prefix(words)))
            {
                words++;
            }

            reach[start] = words;
        }

        return reach[start];
    }

    private void Fill(int start, int length)
    {
        if (filledAt == start && filledLength >= length)
        {
            return;
        }

        var run = Math.Min(index.MaxTermTokens, tokens.Count - start);
        englishStems.Start(start, run);
        frenchStems.Start(start, run);
        plainStems.Start(start, run);
        (filledAt, filledLength) = (start, run);
    }

    private readonly record struct Run(IReadOnlyList<TermUse>? English, IReadOnlyList<TermUse>? French);
}
