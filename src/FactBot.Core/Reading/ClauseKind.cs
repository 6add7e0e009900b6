namespace FactBot.Core.Reading;

/// <summary>How a clause stands in its sentence; each kind is read on its own, with the subject it borrows.</summary>
internal enum ClauseKind
{
    /// <summary>The sentence, or what is left of it once the other clauses are taken out.</summary>
    Main,

    /// <summary>Joined by "and", "but", "et", "mais", or a comma before a new subject and verb.</summary>
    Coordinate,

    /// <summary>"…, who co-founded it in 2015, …", "…, qui dirige la société": about the name before it.</summary>
    Relative,

    /// <summary>"Founded in 2015, Acme …", "Cofondateur de l'organisation, Ada …": about the sentence's subject.</summary>
    Opener,

    /// <summary>"because …", "after …", "parce que …", "avant de …": a circumstance of the main clause.</summary>
    Subordinate,
}
