using FactBot.Core.Checking;
using FactBot.Core.Facts;
using static FactBot.TestSupport.SyntheticArticle;

namespace FactBot.Core.Tests.Checking;

/// <summary>Explanations are written in the claim's language and name what matched or clashed.</summary>
public sealed class ExplanationsOnSyntheticArticleTests
{
    [Theory]
    [InlineData("Zephyrine Labs was founded in 2001.", Language.English, "The article gives 1998 as the founding year, not 2001")]
    [InlineData("Zephyrine Labs a été fondée en 2001.", Language.French, "L'article donne 1998 comme l'année de fondation, et non 2001")]
    [InlineData("Bo Renn is the CEO of Zephyrine Labs.", Language.English, "gives Ada Quill as Zephyrine Labs' chief executive, not Bo Renn")]
    [InlineData("Bo Renn est le PDG de Zephyrine Labs.", Language.French, "donne Ada Quill comme la directrice générale de Zephyrine Labs, et non Bo Renn")]
    [InlineData("Halvard Bank invested €300 million in Zephyrine Labs.", Language.English, "gives 250 million EUR as the amount invested, not 300 million EUR")]
    [InlineData("Corvex tried to merge with Zephyrine Labs in 2006.", Language.English, "2004 as the year of the merger attempt, not 2006")]
    [InlineData("Nimbus was launched in late 2010.", Language.English, "early 2010 as Nimbus' launch date, not late 2010")]
    [InlineData("Bo Renn left Zephyrine Labs in 2015.", Language.English, "2012 as the year he left, not 2015, according to the Gazette")]
    public void A_slot_contradiction_names_the_article_value_and_the_claimed_one_in_the_claims_language(string claim, Language language, string expected)
    {
        var result = Engine.Check(claim);

        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Equal(language, result.Language);
        Assert.Contains(expected, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998.", Language.English, "The article confirms it: Zephyrine Labs was founded in 1998")]
    [InlineData("Zephyrine Labs a été fondée en 1998.", Language.French, "L'article le confirme : Zephyrine Labs a été fondée en 1998")]
    [InlineData("Bo Renn left Zephyrine Labs in 2012.", Language.English, "The article confirms it, according to the Gazette: ")]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012.", Language.French, "L'article le confirme, selon la Gazette : ")]
    [InlineData("Zephyrine Labs is planning an IPO.", Language.English, "The article confirms it, reportedly: ")]
    [InlineData("Ada Quill is not the CEO of Zephyrine Labs.", Language.English, "The article says otherwise: Ada Quill is the chief executive")]
    [InlineData("Ada Quill n'est pas la PDG de Zephyrine Labs.", Language.French, "L'article dit le contraire : Ada Quill est la directrice générale")]
    [InlineData("Zephyrine Labs tried to merge with Corvex in 2004.", Language.English, "The article says it the other way round: ")]
    [InlineData("Zephyrine Labs was founded by Cy Tamm.", Language.English, "The article says nothing about \"Cy Tamm\"")]
    [InlineData("Who founded Zephyrine Labs?", Language.English, "That is a question rather than a claim")]
    [InlineData("Qui a fondé Zephyrine Labs ?", Language.French, "C'est une question plutôt qu'une affirmation")]
    [InlineData("Hello!", Language.English, "This message contains no claim that can be checked.")]
    public void The_explanation_is_in_the_claims_language_and_carries_the_attribution_or_hedge(string claim, Language language, string expected)
    {
        var result = Engine.Check(claim);

        Assert.Equal(language, result.Language);
        Assert.Contains(expected, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nimbus a été lancé fin 2010.", "début 2010", "fin 2010")]
    [InlineData("Halvard Bank a investi 300 millions d'euros dans Zephyrine Labs.", "250 millions", "300 millions")]
    public void A_french_contradiction_names_periods_and_amounts_in_french(string claim, string recordValue, string claimedValue)
    {
        var result = Engine.Check(claim);

        Assert.Equal(Verdict.Contradicted, result.Verdict);
        Assert.Contains(recordValue, result.Explanation, StringComparison.Ordinal);
        Assert.Contains(claimedValue, result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Bonjour !")]
    [InlineData("Salut, merci !")]
    public void A_french_greeting_is_answered_in_french(string claim)
    {
        var result = Engine.Check(claim);

        Assert.Equal(Language.French, result.Language);
        Assert.Equal("Ce message ne contient pas d'affirmation vérifiable.", result.Explanation);
    }
}
