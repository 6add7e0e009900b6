namespace FactBot.Core.Reading;

/// <summary>Which one of several like events a claim picks: "first", "latest", "biggest", "smallest".</summary>
internal enum SuperlativeKind
{
    First,
    Last,
    Largest,
    Smallest,
}
