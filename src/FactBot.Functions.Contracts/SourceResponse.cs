namespace FactBot.Functions.Contracts;

public sealed record SourceResponse(string Title, string Published);
