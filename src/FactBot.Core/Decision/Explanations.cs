using FactBot.Core.Comparison;
using FactBot.Core.Facts;
using FactBot.Core.Reading;

namespace FactBot.Core.Decision;

/// <summary>Explanations in the claim's language, naming the values that matched or clashed.</summary>
internal static class Explanations
{
    public static string Supported(RecordOutcome outcome, Language language)
    {
        var record = outcome.Record;
        var source = Source(record, language);
        return language == Language.French
            ? $"L'article le confirme{source} : {record.Summary.Fr}"
            : $"The article confirms it{source}: {record.Summary.En}";
    }

    public static string Contradicted(RecordOutcome outcome, Language language, RecordOutcome? against = null)
    {
        var record = outcome.Record;
        var source = Source(record, language);
        var summary = record.Summary.For(language);
        switch (outcome.Contradiction)
        {
            case ContradictionKind.Order when against is not null:
                var other = against.Record.Summary.For(language);
                return language == Language.French
                    ? $"L'article situe ces événements dans l'autre ordre{source} : {summary} / {other}"
                    : $"The article puts these events the other way round{source}: {summary} / {other}";
            case ContradictionKind.SlotValue when outcome.Clash is { } clash:
                var label = clash.Slot.Label.For(language);
                return language == Language.French
                    ? $"L'article donne {clash.RecordValue(language)} comme {label}, et non {clash.ClaimValue(language)}{source}. {summary}"
                    : $"The article gives {clash.RecordValue(language)} as {label}, not {clash.ClaimValue(language)}{source}. {summary}";
            case ContradictionKind.RoleSwap:
                return language == Language.French
                    ? $"L'article dit l'inverse{source} : {summary}"
                    : $"The article says it the other way round{source}: {summary}";
            default:
                return language == Language.French
                    ? $"L'article dit le contraire{source} : {summary}"
                    : $"The article says otherwise{source}: {summary}";
        }
    }

    public static string Partial(RecordOutcome outcome, IReadOnlyList<Mention> missing, Language language)
    {
        var what = string.Join(", ", missing.Select(m => m.Text).Where(t => t.Length > 0).Distinct().Select(t => $"\"{t}\""));
        var summary = outcome.Record.Summary.For(language);
        return language == Language.French
            ? $"L'article ne dit rien de {what}, donc ne peut ni confirmer ni démentir. Ce qu'il dit : {summary}"
            : $"The article says nothing about {what}, so it can neither confirm nor deny this. What it does say: {summary}";
    }

    /// <summary>What stands for an order the article does not settle, in a list of what it says nothing about.</summary>
    public static string Order(Language language) => language == Language.French ? "l'ordre des événements" : "the order of events";

    public static string Unknown(bool related, Language language) => (related, language) switch
    {
        (true, Language.French) => "L'article ne dit pas si c'est vrai. Les faits les plus proches sont listés dans « related ».",
        (false, Language.French) => "L'article ne dit rien à ce sujet.",
        (true, _) => "The article does not say whether this is true. The closest statements it makes are listed under related.",
        _ => "The article says nothing about this.",
    };

    public static string Question(Language language) => language == Language.French
        ? "C'est une question plutôt qu'une affirmation : formulez-la comme une affirmation pour la faire vérifier. Les faits les plus proches sont listés dans « related »."
        : "That is a question rather than a claim: state it as a claim to have it checked. The closest facts are listed under related.";

    public static string NoClaim(Language language) => language == Language.French
        ? "Ce message ne contient pas d'affirmation vérifiable."
        : "This message contains no claim that can be checked.";

    private static string Source(FactRecord record, Language language)
    {
        var parts = new[] { record.Attribution?.For(language), record.Hedge?.For(language) }.Where(p => p is not null).ToArray();
        return parts.Length == 0 ? string.Empty : ", " + string.Join(", ", parts);
    }
}
