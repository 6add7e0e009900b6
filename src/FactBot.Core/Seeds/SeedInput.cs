namespace FactBot.Core.Seeds;

/// <summary>One seed file's name and text, and how to read the article it names.</summary>
public sealed record SeedInput(string Name, string Json, Func<string, string?> ReadArticle);
