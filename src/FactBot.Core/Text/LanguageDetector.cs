using FactBot.Core.Facts;

namespace FactBot.Core.Text;

/// <summary>Tells English from French by their most frequent function words; accents tip a tie towards French.</summary>
internal static class LanguageDetector
{
    public static Language Detect(string original, IReadOnlyList<Token> tokens, int englishTerms = 0, int frenchTerms = 0)
    {
        var english = 0.0;
        var french = 0.0;
        foreach (var token in tokens)
        {
            if (LanguageWords.EnglishMarkers.Contains(token.Text))
            {
                english++;
            }

            if (LanguageWords.FrenchMarkers.Contains(token.Text) || LanguageWords.FrenchGreetings.Contains(token.Text))
            {
                french++;
            }

            if (LanguageWords.EnglishGreetings.Contains(token.Text))
            {
                english++;
            }
        }

        foreach (var c in original)
        {
            if ("éèêàùçîôûëïÉÈÀÇ«»".Contains(c, StringComparison.Ordinal))
            {
                french += 0.5;
            }
        }

        if (original.Contains("d'", StringComparison.OrdinalIgnoreCase) || original.Contains("l'", StringComparison.OrdinalIgnoreCase)
            || original.Contains("d’", StringComparison.OrdinalIgnoreCase) || original.Contains("l’", StringComparison.OrdinalIgnoreCase))
        {
            french += 0.5;
        }

        // When function words do not tell ("Ada Quill dirige Acme."), the language of the matched terms does.
        if (french == english)
        {
            return frenchTerms > englishTerms ? Language.French : Language.English;
        }

        return french > english ? Language.French : Language.English;
    }
}
