using FactBot.Core.Facts;
using FactBot.Core.Text;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace FactBot.Analysis;

/// <summary>Lucene.Net's Snowball stemmers for English and French. Stemmer instances keep state, so each thread has its own.</summary>
public sealed class SnowballStemmer : IStemmer
{
    [ThreadStatic]
    private static SnowballProgram? english;

    [ThreadStatic]
    private static SnowballProgram? french;

    public string Stem(string word, Language language)
    {
        var program = language == Language.French
            ? french ??= new FrenchStemmer()
            : english ??= new EnglishStemmer();
        program.SetCurrent(word);
        program.Stem();
        var stem = program.Current;

        // The French algorithm keeps the "-ent" of the present plural ("ils partagent" stays "partagent", apart from
        // "partage"): the stem of a word that still ends so is that of the word without its "nt", for every inflection
        // alike ("présidents", "président" and "présider" meet at "présid").
        if (language == Language.French && stem.Length >= 6 && stem.EndsWith("ent", StringComparison.Ordinal))
        {
            program.SetCurrent(stem[..^2]);
            program.Stem();
            stem = program.Current;
        }

        return stem;
    }
}
