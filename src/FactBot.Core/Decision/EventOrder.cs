using FactBot.Core.Facts;
using FactBot.Core.Retrieval;

namespace FactBot.Core.Decision;

/// <summary>
/// Orders two records' events: by their years when both are dated and differ, else by the records' <c>after</c> links
/// (followed through other records), else unknown.
/// </summary>
internal static class EventOrder
{
    public static TimeOrder Of(FactRecord first, FactRecord second, FactIndex index)
    {
        if (Year(first) is { } a && Year(second) is { } b && a != b)
        {
            return a < b ? TimeOrder.Before : TimeOrder.After;
        }

        if (Follows(first, second.Id, index, []))
        {
            return TimeOrder.After;
        }

        if (Follows(second, first.Id, index, []))
        {
            return TimeOrder.Before;
        }

        return Year(first) is { } x && Year(second) == x ? TimeOrder.SameYear : TimeOrder.Unknown;
    }

    /// <summary>The year of the record's event: its first dated slot.</summary>
    public static int? Year(FactRecord record) =>
        record.Slots.FirstOrDefault(s => s.Type is SlotType.Year or SlotType.Period)?.Values is { Count: > 0 } values ? values[0].Year : null;

    private static bool Follows(FactRecord record, string earlier, FactIndex index, HashSet<string> seen)
    {
        foreach (var id in record.After)
        {
            if (id == earlier)
            {
                return true;
            }

            if (seen.Add(id) && index.Snapshot.Find(id) is { } previous && Follows(previous, earlier, index, seen))
            {
                return true;
            }
        }

        return false;
    }
}
