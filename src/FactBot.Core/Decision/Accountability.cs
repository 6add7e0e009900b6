using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Decision;

/// <summary>
/// Words a supporting record need not explain: function words, negations (polarity is compared on its own), greetings
/// and chat filler, auxiliaries, the languages' "harmless" lists (discourse words and intensifiers), reporting verbs
/// (who says it is a name, and names are accounted for), verbs that only state an amount ("amounted to") and hedges.
/// </summary>
internal static class Accountability
{
    private static readonly FrozenSet<string> Harmless = LanguageWords.English
        .Concat(LanguageWords.French)
        .Concat(LanguageWords.Negations)
        .Concat(LanguageWords.FrenchNegationPartners)
        .Concat(LanguageWords.Greetings)
        .Concat(LanguageWords.QuestionAuxiliaries)
        .Concat(LanguageWords.WhQuestions)
        .Concat(LanguageWords.Copulas)
        .Concat(LanguageData.Both("amountVerbs"))
        .Concat(LanguageWords.PassiveAuxiliaries)
        .Concat(LanguageWords.Determiners)
        .Concat(LanguageData.Both("harmless"))
        .Concat(LanguageWords.ReportingVerbs)
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Aspectuals = LanguageData.Both("aspectuals");

    public static bool IsHarmless(string word) => Harmless.Contains(word);

    // "started criticising", "began to", "a commencé à", "vient de": the verb that follows carries the fact; when it
    // began is the date's business.
    public static bool IsAspectual(IReadOnlyList<Token> tokens, int i) =>
        Aspectuals.Contains(tokens[i].Text) && i + 1 < tokens.Count
        && (tokens[i + 1].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[i + 1].Text is "to" or "a" or "de");
}
