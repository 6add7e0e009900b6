using System.Buffers;
using FactBot.Core.Facts;

namespace FactBot.Core.Text;

/// <summary>Tells English from French by their most frequent function words; accents tip a tie towards French.</summary>
internal static class LanguageDetector
{
    private static readonly SearchValues<char> FrenchLetters = SearchValues.Create("éèêàùçîôûëïÉÈÀÇ«»");

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
            if (FrenchLetters.Contains(c))
            {
                french += 0.5;
            }
        }

        if (HasElision(original))
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

    // "d'", "l'" (either apostrophe, either case): a French elision.
    private static bool HasElision(string text)
    {
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] is '\'' or '’' && text[i - 1] is 'd' or 'D' or 'l' or 'L')
            {
                return true;
            }
        }

        return false;
    }
}
