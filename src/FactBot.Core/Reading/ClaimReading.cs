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
    bool IsYesNoQuestion)
{
    /// <summary>Where the claim says a list is whole without an "only" word: "ne … que".</summary>
    public IReadOnlyList<int> Exclusives { get; init; } = [];

    /// <summary>Where the claim speaks of a later change of state: "no longer", "ne … plus", "former".</summary>
    public IReadOnlyList<int> StateChanges { get; init; } = [];

    /// <summary>
    /// Tokens with nothing to account for: hedges that name no one ("reports say", "selon des sources") and the
    /// particle of a verb read with it ("turned Ada down").
    /// </summary>
    public IReadOnlySet<int> Silent { get; init; } = new HashSet<int>();

    /// <summary>An opener denied what follows ("it's false that …"): the verdict on the rest is turned round.</summary>
    public bool Denied { get; init; }

    /// <summary>
    /// Values the claim sets aside: "in 2015, not 2016", "dans Bing, mais pas dans Office". A record that asserts one is
    /// denied by the claim.
    /// </summary>
    public IReadOnlyList<Mention> Rejected { get; init; } = [];

    /// <summary>"first", "latest", "biggest": which of several like events the claim means.</summary>
    public IReadOnlyList<Superlative> Superlatives { get; init; } = [];
}
