using FactBot.Core.Reading;

namespace FactBot.Core.Retrieval;

/// <summary>The values a clause names, to skip records that share none of them before comparing slot by slot.</summary>
internal sealed record ClaimValues(HashSet<string> Entities, bool HasTime, bool HasMoney)
{
    public static ClaimValues Of(Clause segment)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        var time = false;
        var money = false;
        foreach (var mention in segment.Mentions.Concat(segment.Inherited))
        {
            if (mention.Entity is { } entity)
            {
                entities.Add(entity.Id);
            }

            time |= mention.IsTime;
            money |= mention.Kind == MentionKind.Money;
        }

        return new ClaimValues(entities, time, money);
    }
}
