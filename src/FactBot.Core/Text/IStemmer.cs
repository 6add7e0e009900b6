using FactBot.Core.Facts;

namespace FactBot.Core.Text;

/// <summary>Reduces a folded, lower-case word to its stem in one language.</summary>
public interface IStemmer
{
    string Stem(string word, Language language);
}
