namespace FactBot.Core.Facts;

/// <summary>A short text in both languages FactBot answers in.</summary>
public sealed record LocalizedText(string En, string Fr)
{
    public string For(Language language) => language == Language.French ? Fr : En;
}
