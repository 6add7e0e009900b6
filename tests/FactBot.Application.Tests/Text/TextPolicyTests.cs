using System.Globalization;
using FactBot.Application.Text;
using FactBot.TestSupport.Unicode;

namespace FactBot.Application.Tests.Text;

public sealed class TextPolicyTests
{
    [Fact]
    public void Every_scalar_value_is_refused_exactly_when_the_documented_policy_refuses_it()
    {
        var disagreements = new List<string>();
        var accepted = 0;
        foreach (var codePoint in CodePoints.ScalarValues())
        {
            var text = "a" + char.ConvertFromUtf32(codePoint) + "b";

            var found = TextPolicy.FindForbidden(text);

            var refused = CodePoints.IsRefusedByDocumentedPolicy(codePoint);
            if (refused != found is not null || (found is not null && (found.Index != 1 || found.CodePoint != codePoint)))
            {
                disagreements.Add(string.Create(CultureInfo.InvariantCulture, $"U+{codePoint:X4}: {found?.ToString() ?? "accepted"}"));
            }

            accepted += found is null ? 1 : 0;
        }

        Assert.Empty(disagreements.Take(20));
        Assert.Equal(1_112_064 - 62 - 12 - 66, accepted);
    }

    [Fact]
    public void Every_unpaired_surrogate_is_refused_at_its_index_while_every_pair_is_accepted()
    {
        for (var unit = 0xD800; unit <= 0xDFFF; unit++)
        {
            var found = TextPolicy.FindForbidden("ab" + (char)unit);

            Assert.Equal(new ForbiddenCharacter(2, unit, CodePointClass.UnpairedSurrogate), found);
        }

        Assert.Null(TextPolicy.FindForbidden("\uD83D\uDE00\uDBFF\uDFFD"));
        Assert.Equal(new ForbiddenCharacter(2, 0xDC00, CodePointClass.UnpairedSurrogate), TextPolicy.FindForbidden("\uD83D\uDE00\uDC00"));
    }

    [Theory]
    [InlineData(0xFFFE, CodePointClass.Noncharacter)]
    [InlineData(0x10FFFF, CodePointClass.Noncharacter)]
    [InlineData(0xFDD0, CodePointClass.Noncharacter)]
    [InlineData(0x202E, CodePointClass.BidiControl)]
    [InlineData(0x0085, CodePointClass.Control)]
    [InlineData(0x0000, CodePointClass.Control)]
    [InlineData(0xE000, CodePointClass.Allowed)]
    [InlineData(0x10FFFD, CodePointClass.Allowed)]
    [InlineData(0x0378, CodePointClass.Allowed)]
    [InlineData(0x200B, CodePointClass.Allowed)]
    [InlineData('\t', CodePointClass.Allowed)]
    public void Code_points_are_classified_as_documented(int codePoint, CodePointClass expected) =>
        Assert.Equal(expected, TextPolicy.Classify(codePoint));

    [Fact]
    public void A_refused_claim_names_the_field_the_code_point_its_kind_and_its_index()
    {
        var violation = TextPolicy.CheckClaim("Open\uFFFEAI", "claims[3]");

        Assert.Equal("Forbidden character in claim", violation?.Title);
        Assert.Equal(
            "The 'claims[3]' field contains U+FFFE (a noncharacter) at index 4: control characters (other than tab and line breaks), bidirectional controls, noncharacters and unpaired surrogates are not accepted.",
            violation?.Detail);
    }

    [Theory]
    [InlineData(1000, null)]
    [InlineData(1001, "Claim too long")]
    public void Claim_length_counts_code_points_not_utf16_units(int emoji, string? title)
    {
        var claim = string.Concat(Enumerable.Repeat("\U0001F600", emoji));

        Assert.Equal(title, TextPolicy.CheckClaim(claim, "claim")?.Title);
        Assert.Equal(emoji, TextPolicy.Length(claim));
    }

    [Theory]
    [InlineData(null, "Missing claim")]
    [InlineData("", "Blank claim")]
    [InlineData(" \u2003\n", "Blank claim")]
    [InlineData("ok", null)]
    public void Missing_and_blank_claims_are_refused(string? claim, string? title) =>
        Assert.Equal(title, TextPolicy.CheckClaim(claim, "claim")?.Title);

    [Fact]
    public void A_comment_follows_the_same_rules_and_may_be_absent()
    {
        Assert.Null(TextPolicy.CheckComment(null, "comment"));
        Assert.Equal("Forbidden character in comment", TextPolicy.CheckComment("a\u0007b", "comment")?.Title);
        Assert.Equal("Comment too long", TextPolicy.CheckComment(new string('x', 1001), "comment")?.Title);
    }
}
