using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FactBot.Cli.Tests;

/// <summary>
/// Metamorphic checks over every labelled claim in eval/: rewriting a claim the way people type must not change
/// its verdict (the label does not matter here, only the engine's own answer to the plain claim).
/// </summary>
public sealed partial class MetamorphicEvaluationTests
{
    public static TheoryData<string, string> Variants()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in EvalSets.Files)
        {
            foreach (var variant in new[] { "lowercase", "no-accents", "transposed-letter", "emoji-and-hashtag", "is-it-true", "tag-question" })
            {
                data.Add(file, variant);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task Check_RewrittenClaim_KeepsItsVerdict(string file, string variant)
    {
        var (cases, _) = await EvalSets.ReadAsync(file);

        var changed = cases
            .Where(c => EvalSets.Engine.Check(Rewrite(variant, c.Claim, c.Lang == "fr")).Verdict != EvalSets.Engine.Check(c.Claim).Verdict)
            .Select(c => c.Claim)
            .ToList();

        var kept = 1 - ((double)changed.Count / cases.Count);
        Assert.True(kept >= 0.97, $"{variant} kept {kept:P1}: {string.Join(" | ", changed.Take(5))}");
    }

    private static string Rewrite(string variant, string claim, bool french) => variant switch
    {
        "lowercase" => claim.ToLowerInvariant(),
        "no-accents" => StripAccents(claim),
        "transposed-letter" => Transpose(claim),
        "emoji-and-hashtag" => "🔥 " + Name().Replace(claim, "#$1", 1) + " 😂",
        "is-it-true" => (french ? "Est-ce vrai que " : "Is it true that ") + claim.TrimEnd('.', '?', '!', ' ') + " ?",
        "tag-question" => claim.TrimEnd('.', '?', '!', ' ') + (french ? ", non ?" : ", right?"),
        _ => throw new ArgumentOutOfRangeException(nameof(variant)),
    };

    private static string StripAccents(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var kept = decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark);
        return new string([.. kept]).Normalize(NormalizationForm.FormC);
    }

    // Two letters swapped in the middle of the longest word, as fast typing does.
    private static string Transpose(string claim)
    {
        var longest = Word().Matches(claim).MaxBy(m => m.Length);
        if (longest is null || longest.Length < 4)
        {
            return claim;
        }

        var w = longest.Value.ToCharArray();
        var i = w.Length / 2;
        (w[i - 1], w[i]) = (w[i], w[i - 1]);
        return string.Concat(claim.AsSpan(0, longest.Index), new string(w), claim.AsSpan(longest.Index + longest.Length));
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // A capitalised name after the first word: "#Name", as chat writes it.
    [GeneratedRegex(@"(?<=\s)(\p{Lu}\p{L}{2,})")]
    private static partial Regex Name();
}
