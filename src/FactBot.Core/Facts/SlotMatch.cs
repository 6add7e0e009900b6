namespace FactBot.Core.Facts;

/// <summary>How a claim's value is compared with a slot's.</summary>
public enum SlotMatch
{
    /// <summary>Identifies what the fact is about: another value means another fact, so the record says nothing.</summary>
    Key,

    /// <summary>One true value: another value contradicts the record.</summary>
    Exclusive,

    /// <summary>A partial list ("including …"): a listed value supports, another one stays unknown.</summary>
    Partial,

    /// <summary>A circumstance such as the outlet that reported it: its value is accounted for when named, and other values are none of its business.</summary>
    Optional,
}
