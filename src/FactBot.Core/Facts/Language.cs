namespace FactBot.Core.Facts;

/// <summary>The languages FactBot reads and answers in.</summary>
public enum Language
{
    English,
    French,
}
