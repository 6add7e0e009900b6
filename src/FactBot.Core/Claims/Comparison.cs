namespace FactBot.Core.Claims;

/// <summary>How a claimed amount relates to the true one: "exactly", "more than", "less than", "about".</summary>
public enum Comparison
{
    Equal,
    AtLeast,
    AtMost,
    About,
    MoreThan,
    LessThan,
}
