using FactBot.Cli.Authoring;

namespace FactBot.Cli.Tests.Authoring;

public sealed class SentenceSplitterTests
{
    [Fact]
    public void Split_EndsSentencesAtAPeriodFollowedByACapital()
    {
        var sentences = SentenceSplitter.Split("Corvid Labs was founded in 2019. It builds models! Does it sell them? Yes.").ToArray();

        Assert.Equal(["Corvid Labs was founded in 2019.", "It builds models!", "Does it sell them?", "Yes."], sentences);
    }

    [Fact]
    public void Split_KeepsAbbreviationsInitialsAndDecimalsInsideTheSentence()
    {
        var sentences = SentenceSplitter.Split("Dr. Smith met J. Doe in the U.S. capital with 2.5 billion dollars. Then he left.").ToArray();

        Assert.Equal(["Dr. Smith met J. Doe in the U.S. capital with 2.5 billion dollars.", "Then he left."], sentences);
    }

    [Fact]
    public void Split_NeverEndsASentenceInsideQuotes()
    {
        var sentences = SentenceSplitter.Split("Il a dit « C'est fini. Nous partons. » Puis il est parti.").ToArray();

        Assert.Equal(["Il a dit « C'est fini. Nous partons. »", "Puis il est parti."], sentences);
    }

    [Fact]
    public void Split_KeepsAFinalSentenceWithoutPunctuation()
    {
        var sentences = SentenceSplitter.Split("The early days. A heading without a period").ToArray();

        Assert.Equal(["The early days.", "A heading without a period"], sentences);
    }
}
