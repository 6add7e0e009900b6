namespace FactBot.Core.Reading;

public enum MentionKind
{
    /// <summary>A person, organisation, role, product or place some record knows.</summary>
    Entity,

    /// <summary>A proper name no record knows: kept, so a claim about it is not mistaken for one about something else.</summary>
    UnknownName,

    Year,
    Period,
    Money,

    /// <summary>Any other number or percentage: no slot holds it, so a claim carrying one is never simply supported.</summary>
    Number,
}
