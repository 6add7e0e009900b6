namespace FactBot.Core.Facts;

/// <summary>ISO 639-1 codes for <see cref="Language"/>.</summary>
public static class LanguageCodes
{
    public static string ToCode(this Language language) => language == Language.French ? "fr" : "en";

    public static bool TryParse(string? code, out Language language)
    {
        switch (code?.Trim().ToLowerInvariant())
        {
            case "en":
                language = Language.English;
                return true;
            case "fr":
                language = Language.French;
                return true;
            default:
                language = Language.English;
                return false;
        }
    }
}
