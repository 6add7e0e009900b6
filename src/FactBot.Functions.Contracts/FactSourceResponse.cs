namespace FactBot.Functions.Contracts;

public sealed record FactSourceResponse(string Id, string Title, string Published, string Language);
