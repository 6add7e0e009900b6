using FactBot.Core.Text;

namespace FactBot.Core.Tests.Text;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Café", "Cafe")]
    [InlineData("Cafe\u0301", "Cafe")]
    [InlineData("Fondée à Montréal", "Fondee a Montreal")]
    [InlineData("l’entreprise", "l'entreprise")]
    [InlineData("‘quoted’", "'quoted'")]
    [InlineData("it\u02BCs", "it's")]
    [InlineData("\uFB01n 2022", "fin 2022")]
    [InlineData("\uFF26\uFF55\uFF4C\uFF4C", "Full")]
    [InlineData("Œuvre cœur", "OEuvre coeur")]
    [InlineData("Straße", "Strasse")]
    [InlineData("Æther", "AEther")]
    [InlineData("GPT-4", "GPT-4")]
    public void Fold_RemovesDiacriticsAndCompatibilityFormsButKeepsCase(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("ÉLAN", "elan")]
    [InlineData("L’Assemblée", "l'assemblee")]
    [InlineData("OpenAI", "openai")]
    public void FoldLower_FoldsThenLowerCases(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.FoldLower(text));
    }
}
