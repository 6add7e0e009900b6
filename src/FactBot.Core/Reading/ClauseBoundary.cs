using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Tokens that end one clause's reach: commas, joiners, relative pronouns, complementizers, subordinators.</summary>
internal static class ClauseBoundary
{
    private static readonly FrozenSet<string> Words = LanguageWords.ClauseJoiners
        .Concat(LanguageData.Both("relativePronouns"))
        .Concat(["that", "que", ",", ";", ":", "(", ")"])
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Relatives = LanguageData.Both("relativePronouns");

    // Matched whole: "une fois que" is one, its "une" alone is an article.
    private static readonly PhraseSet<bool> Subordinators = PhraseList.Of("subordinators");

    /// <summary>Whether a purpose clause opens in tokens[from..to) ("to keep its edge", "pour devenir").</summary>
    public static bool PurposeBetween(ClaimReading claim, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (LanguageWords.PurposeMarkers.Contains(claim.Tokens[k].Text))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsRelativePronoun(ClaimReading claim, int index) => Relatives.Contains(claim.Tokens[index].Text);

    public static bool Is(ClaimReading claim, int index) =>
        (Words.Contains(claim.Tokens[index].Text) || Subordinators.TryMatchAt(claim.Tokens, index, out _, out _))
        && !claim.Terms.Any(t => t.Start <= index && index < t.End);
}
