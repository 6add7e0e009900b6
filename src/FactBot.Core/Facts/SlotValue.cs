namespace FactBot.Core.Facts;

/// <summary>One value of a slot: an entity id, a year, a period, or an amount of money.</summary>
public sealed record SlotValue
{
    public string? Entity { get; init; }

    public int? Year { get; init; }

    public PeriodPart? Part { get; init; }

    public decimal? Amount { get; init; }

    public string? Currency { get; init; }
}
