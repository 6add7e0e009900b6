using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Tests.Text;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("OpenAI was founded in 2015 by Elon Musk and Sam Altman.", Language.English)]
    [InlineData("Musk didn't give the promised billion.", Language.English)]
    [InlineData("Did Microsoft invest $10 billion in OpenAI?", Language.English)]
    [InlineData("Sam Altman is the CEO of OpenAI.", Language.English)]
    [InlineData("Who founded the company?", Language.English)]
    [InlineData("Google overtook OpenAI because of the cost of training.", Language.English)]
    [InlineData("Zephyrine Labs was founded in 1998.", Language.English)]
    [InlineData("OpenAI a été fondée en 2015 par Elon Musk et Sam Altman.", Language.French)]
    [InlineData("Musk n'a jamais pris le contrôle de l'entreprise.", Language.French)]
    [InlineData("Est-ce que Microsoft a investi 10 milliards de dollars ?", Language.French)]
    [InlineData("Sam Altman est le PDG d'OpenAI.", Language.French)]
    [InlineData("Qui a fondé la société ?", Language.French)]
    [InlineData("Google a dépassé OpenAI.", Language.French)]
    [InlineData("Zephyrine Labs a été fondée en 1998.", Language.French)]
    [InlineData("La banque Halvard a investi dans Zephyrine Labs.", Language.French)]
    [InlineData("Bonjour", Language.French)]
    public void Detect_TellsEnglishFromFrench(string sentence, Language expected)
    {
        Assert.Equal(expected, LanguageDetector.Detect(sentence, Tokenizer.Tokenize(sentence)));
    }
}
