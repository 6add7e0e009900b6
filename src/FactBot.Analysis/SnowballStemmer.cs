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
        return program.Current;
    }
}
