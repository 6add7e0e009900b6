using System.Globalization;
using FactBot.Core.Tests.Article;
using FactBot.TestSupport.Unicode;

namespace FactBot.Core.Tests.Text;

/// <summary>The engine answers every string: each Unicode scalar value, every unpaired surrogate, in and around a real claim.</summary>
public sealed class WholeCodeSpaceTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    [Fact]
    public void Check_never_throws_on_any_scalar_value()
    {
        var failures = new List<string>();
        foreach (var chunk in CodePoints.Chunks(CodePoints.ScalarValues(), 512))
        {
            foreach (var claim in new[] { chunk, $"OpenAI was founded in 2015 {chunk[..Math.Min(chunk.Length, 40)]} by Musk." })
            {
                try
                {
                    Assert.NotNull(fixture.Engine.Check(claim));
                }
                catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
                {
                    failures.Add(string.Create(CultureInfo.InvariantCulture, $"from U+{char.ConvertToUtf32(chunk, 0):X4}: {ex.GetType().Name} {ex.Message}"));
                }
            }
        }

        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("OpenAI was founded in 2015.\uFFFE")]
    [InlineData("\uFFFE")]
    [InlineData("OpenAI \uD800was founded in 2015.")]
    [InlineData("\uDC00\uD800")]
    [InlineData("OpenAI was founded in 2015.\uDBFF")]
    public void Noncharacters_and_unpaired_surrogates_do_not_stop_a_check(string claim)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(claim, result.Claim);
    }

    [Fact]
    public void Check_never_throws_on_any_unpaired_surrogate()
    {
        for (var unit = 0xD800; unit <= 0xDFFF; unit++)
        {
            Assert.NotNull(fixture.Engine.Check("Microsoft invested $1 billion" + (char)unit + "in OpenAI"));
        }
    }
}
