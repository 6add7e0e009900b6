namespace FactBot.Core.Facts;

/// <summary>
/// One required part of a relation: a claim expresses the group when it uses one of its terms,
/// or states the opposite when it uses one of its antonyms.
/// </summary>
public sealed record TermGroup(string Id, TermSet Terms, TermSet Antonyms);
