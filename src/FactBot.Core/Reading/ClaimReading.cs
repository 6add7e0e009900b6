using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>What the analyser read in a claim: tokens, language, typed mentions, term occurrences, negations.</summary>
internal sealed record ClaimReading(
    string Claim,
    Language Language,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<TermOccurrence> Terms,
    IReadOnlyList<int> Negations,
    bool IsWhQuestion,
    bool IsYesNoQuestion);
