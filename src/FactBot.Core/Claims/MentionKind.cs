namespace FactBot.Core.Claims;

public enum MentionKind
{
    /// <summary>A person, organisation, role, product or place some record knows.</summary>
    Entity,

    /// <summary>A proper name no record knows: kept, so a claim about it is not mistaken for one about something else.</summary>
    UnknownName,

    Year,
    Period,
    Money,
}
