namespace FactBot.Core.Reading;

/// <summary>How a claimed amount relates to the true one: "exactly", "more than", "less than", "about".</summary>
public enum ValueBound
{
    Equal,
    AtLeast,
    AtMost,
    About,
    MoreThan,
    LessThan,
}
