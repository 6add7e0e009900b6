namespace FactBot.Core.Reading;

/// <summary>
/// Where a claim negates ("not", "ne … pas", "few"), restricts to a whole list ("ne … que") or speaks of a change of
/// state since ("no longer", "ne … plus", "former"): token positions.
/// </summary>
internal sealed record NegationMarks(IReadOnlyList<int> Negations, IReadOnlyList<int> Exclusives, IReadOnlyList<int> StateChanges);
