using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts;

public sealed record FactSummaryResponse(string En, string Fr)
{
    public static FactSummaryResponse From(LocalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(text.En, text.Fr);
    }
}
