using FactBot.Core.Text;

namespace FactBot.Core.Retrieval;

/// <summary>
/// The form in which the engine looks a name up: its folded words run together, so case, accents, spaces and
/// punctuation do not matter ("Nimbus Works" is "NimbusWorks"). The seed loader uses it too, to find one name given to two entities.
/// </summary>
internal static class AliasKey
{
    /// <summary>The key of <paramref name="alias"/> and its number of words, or null when it has no word at all.</summary>
    public static string? Of(string alias, out int words)
    {
        var tokens = Tokenizer.Tokenize(alias).Where(t => !t.IsSymbol).Select(t => t.Text).ToArray();
        words = tokens.Length;
        return tokens.Length == 0 ? null : Tokenizer.Compact(tokens);
    }
}
