using FactBot.Core.Facts;

namespace FactBot.Core.Reading;

/// <summary>A typed value found in a claim, with the tokens it spans.</summary>
public sealed record Mention(MentionKind Kind, int Start, int End, string Text)
{
    public Entity? Entity { get; init; }

    public int? Year { get; init; }

    public PeriodPart Part { get; init; } = PeriodPart.Whole;

    /// <summary>The month, when the claim names one ("December 2015"): finer than a record that gives only the year.</summary>
    public int? Month { get; init; }

    public decimal? Amount { get; init; }

    /// <summary>ISO currency, or null when the claim gives a bare number ("gave only 100 million").</summary>
    public string? Currency { get; init; }

    public ValueBound Bound { get; init; } = ValueBound.Equal;

    /// <summary>"billions", "des milliards", "several million": at least twice the scale, never a contradiction.</summary>
    public bool Vague { get; init; }

    public bool IsTime => Kind is MentionKind.Year or MentionKind.Period;

    // Mentions fill hash sets on every record weighed: hash the span only (equal mentions share it), not the strings.
    public override int GetHashCode() => HashCode.Combine(Kind, Start, End);
}
