namespace FactBot.Core.Decision;

/// <summary>How one record's event stands in time against another's.</summary>
internal enum TimeOrder
{
    Unknown,
    Before,
    SameYear,
    After,
}
