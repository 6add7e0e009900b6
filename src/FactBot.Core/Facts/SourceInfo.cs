namespace FactBot.Core.Facts;

/// <summary>The article a fact record quotes.</summary>
public sealed record SourceInfo(string Id, string Title, string Published, Language Language);
