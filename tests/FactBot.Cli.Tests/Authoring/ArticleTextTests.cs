using FactBot.Cli.Authoring;

namespace FactBot.Cli.Tests.Authoring;

public sealed class ArticleTextTests
{
    [Fact]
    public void Read_DateLineWithText_GivesThePublicationDateAndKeepsTheRestAsContent()
    {
        var article = ArticleText.Read("date 2023-03 The title. The first fact.\n\nA second line.", []);

        Assert.Equal("2023-03", article.Published);
        Assert.Equal(["The title.", "The first fact.", "A second line."], article.Sentences.Select(s => s.Text));
        Assert.Equal([1, 1, 3], article.Sentences.Select(s => s.Line));
    }

    [Fact]
    public void Read_HeaderLines_AreMetadataNotContent()
    {
        var article = ArticleText.Read("date 2024-05-14\ntitle: Corvid rises\nsource: Example Wire\nCorvid Labs grew fast.", []);

        Assert.Equal("2024-05-14", article.Published);
        Assert.Equal("Corvid rises", article.Header["title"]);
        Assert.Equal("Example Wire", article.Header["source"]);
        Assert.Equal(["Corvid Labs grew fast."], article.Sentences.Select(s => s.Text));
        Assert.Contains("title:", article.HeaderPrefixes);
    }

    [Fact]
    public void Read_LinesWithASkippedPrefix_AreLeftOutAndCounted()
    {
        var article = ArticleText.Read("One fact.\nRead also: Another story\nAnother fact.", ["Read also:"]);

        Assert.Equal(["One fact.", "Another fact."], article.Sentences.Select(s => s.Text));
        Assert.Equal([2], article.SkippedLines);
    }
}
