namespace FactBot.Core.Contracts;

public sealed record SourceResponse(string Title, string Published);
