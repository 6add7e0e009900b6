using FactBot.Core.Checking;
using FactBot.Core.Tests.Article;

namespace FactBot.Core.Tests.Seeds;

/// <summary>
/// The shared vocabulary (seeds/shared) on the article's records: informal and general words reach the record they
/// mean, a forced exit is not a resignation, and a well-known name written in lower case is a name.
/// </summary>
public sealed class SharedVocabularyTests(ArticleEngineFixture fixture) : IClassFixture<ArticleEngineFixture>
{
    [Theory]
    [InlineData("Microsoft forked out $10bn to OpenAI", Verdict.Supported, "microsoft-invested-10-billion")]
    [InlineData("Microsoft shelled out 1 billion dollars for OpenAI", Verdict.Supported, "microsoft-invested-1-billion")]
    [InlineData("Microsoft a claqué 1 milliard dans OpenAI", Verdict.Supported, "microsoft-invested-1-billion")]
    [InlineData("Musk coughed up $100 million", Verdict.Supported, "musk-contributed-only-100-million")]
    [InlineData("Musk pumped 1 billion dollars into OpenAI", Verdict.Contradicted, "musk-contributed-only-100-million")]
    [InlineData("Musk ditched OpenAI in 2018", Verdict.Supported, "musk-left-leadership-after-takeover-bid")]
    [InlineData("Musk a quitté le navire en 2018", Verdict.Supported, "musk-left-leadership-after-takeover-bid")]
    [InlineData("Musk a lâché OpenAI en 2018", Verdict.Supported, "musk-left-leadership-after-takeover-bid")]
    [InlineData("Musk a lâché OpenAI", Verdict.Supported, "musk-left-leadership-after-takeover-bid")]
    [InlineData("Altman est le boss d'OpenAI", Verdict.Supported, "altman-is-ceo")]
    [InlineData("Altman et Brockman ont envoyé bouler Musk", Verdict.Supported, "altman-and-brockman-refused-musk-offer")]
    [InlineData("Altman et Brockman ont recalé l'offre de Musk", Verdict.Supported, "altman-and-brockman-refused-musk-offer")]
    [InlineData("Musk went after OpenAI in 2020", Verdict.Supported, "musk-criticised-change-of-course-2020")]
    [InlineData("Musk a flingué OpenAI en 2020", Verdict.Supported, "musk-criticised-change-of-course-2020")]
    [InlineData("Musk tape sur OpenAI depuis 2020", Verdict.Supported, "musk-criticised-change-of-course-2020")]
    [InlineData("OpenAI was a nonprofit from day one", Verdict.Supported, "openai-began-as-nonprofit")]
    [InlineData("OpenAI était à but lucratif depuis le début", Verdict.Contradicted, "openai-began-as-nonprofit")]
    [InlineData("Musk's takeover bid fell flat", Verdict.Supported, "musk-tried-to-take-control-2018")]
    public void Check_InformalWording_ReachesTheRecordItMeans(string claim, Verdict verdict, string factId)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(factId, result.Evidence?.FactId);
    }

    [Theory]
    [InlineData("Musk was pushed out of OpenAI, citing a conflict of interest with Tesla")]
    [InlineData("Musk got kicked out of OpenAI, citing a conflict of interest with Tesla")]
    public void Check_ForcedExitAgainstAVoluntaryResignation_IsContradicted(string claim)
    {
        var result = fixture.Engine.Check(claim);

        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Equal("musk-resigned-citing-tesla-conflict", result.Evidence?.FactId);
    }

    [Fact]
    public void Seeds_VoluntaryResignation_HasTheForcedExitWordsAsAntonymsNotAsTerms()
    {
        var resignation = fixture.Snapshot.Find("musk-resigned-citing-tesla-conflict")!.Relation.Single(g => g.Id == "resign");

        Assert.Contains("ousted", resignation.Antonyms.En);
        Assert.Contains("fait virer", resignation.Antonyms.Fr);
        Assert.DoesNotContain("ousted", resignation.Terms.En);
        Assert.Empty(resignation.Terms.En.Intersect(resignation.Antonyms.En));
        Assert.Empty(resignation.Terms.Fr.Intersect(resignation.Antonyms.Fr));
    }

    [Theory]
    [InlineData("Musk was ousted from OpenAI in 2018")]
    [InlineData("Musk s'est fait éjecter d'OpenAI en 2018")]
    public void Check_ForcedExit_IsNeverSupportedByADeparture(string claim)
    {
        Assert.NotEqual(Verdict.Supported, fixture.Engine.Check(claim).Verdict);
    }

    [Theory]
    [InlineData("amazon overtook openai", "Amazon overtook OpenAI")]
    [InlineData("anthropic overtook openai", "Anthropic overtook OpenAI")]
    [InlineData("musk said he left because of a conflict of interest with spacex", "Musk said he left because of a conflict of interest with SpaceX")]
    public void Check_SharedNameInLowerCase_GetsTheVerdictOfTheCapitalisedName(string lower, string capitalised)
    {
        var expected = fixture.Engine.Check(capitalised);

        var result = fixture.Engine.Check(lower);

        Assert.Equal(expected.Verdict, result.Verdict);
        Assert.Equal(expected.Evidence?.FactId, result.Evidence?.FactId);
    }

    // "le monde", "the information" and "wired" spell shared names (Le Monde, The Information, Wired): the shared
    // file gives those names only in forms that cannot be misread, so the words keep their meaning.
    [Theory]
    [InlineData("Tout le monde a cru à la version de Musk.", Verdict.Contradicted)]
    [InlineData("OpenAI did not share the information about GPT-4", Verdict.Supported)]
    [InlineData("Musk wired $100 million to OpenAI", Verdict.Supported)]
    public void Check_WordsThatSpellASharedName_AreStillWords(string claim, Verdict verdict)
    {
        Assert.Equal(verdict, fixture.Engine.Check(claim).Verdict);
    }
}
