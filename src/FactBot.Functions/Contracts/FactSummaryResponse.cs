namespace FactBot.Functions.Contracts;

public sealed record FactSummaryResponse(string En, string Fr);
