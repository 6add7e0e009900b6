using FactBot.Core.Checking;
using FactBot.TestSupport;
using static FactBot.TestSupport.SyntheticArticle;

namespace FactBot.Core.Tests.Checking;

/// <summary>
/// Each rule of the engine, one table per rule, on an invented article (<see cref="SyntheticArticle"/>): the verdicts
/// come from the records' relation groups, slots, roles and polarity, not from anything about the real article.
/// </summary>
public sealed class EngineRulesOnSyntheticArticleTests
{
    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998.", FoundedId)]
    [InlineData("Ada Quill founded Zephyrine Labs.", FoundedId)]
    [InlineData("Bo Renn co-founded Zephyrine Labs.", FoundedId)]
    [InlineData("Ada Quill and Bo Renn founded Zephyrine Labs.", FoundedId)]
    [InlineData("Ada Quill is the CEO of Zephyrine Labs.", CeoId)]
    [InlineData("Ada Quill runs Zephyrine Labs.", CeoId)]
    [InlineData("Corvex tried to merge with Zephyrine Labs in 2004.", MergerAttemptId)]
    [InlineData("Halvard Bank invested €250 million in Zephyrine Labs.", InvestmentId)]
    [InlineData("Zephyrine Labs launched Nimbus in early 2010.", NimbusId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2012.", RennLeftId)]
    [InlineData("Zephyrine Labs is planning an IPO.", ListingId)]
    public void A_claim_every_relation_group_and_slot_agrees_with_is_supported(string claim, string factId)
    {
        AssertVerdict(claim, Verdict.Supported, factId);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 2001.", FoundedId)]
    [InlineData("Corvex tried to merge with Zephyrine Labs in 2006.", MergerAttemptId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2015.", RennLeftId)]
    [InlineData("Halvard Bank invested €300 million in Zephyrine Labs.", InvestmentId)]
    [InlineData("Halvard Bank invested €2.5 billion in Zephyrine Labs.", InvestmentId)]
    [InlineData("Halvard Bank invested $250 million in Zephyrine Labs.", InvestmentId)]
    [InlineData("Bo Renn is the CEO of Zephyrine Labs.", CeoId)]
    public void Another_value_in_an_exclusive_slot_is_contradicted(string claim, string factId)
    {
        AssertVerdict(claim, Verdict.Contradicted, factId);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded by Cy Tamm.")]
    [InlineData("Ada Quill and Cy Tamm founded Zephyrine Labs.")]
    [InlineData("Corvex founded Zephyrine Labs.")]
    public void A_value_outside_a_partial_list_is_unknown(string claim)
    {
        AssertVerdict(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Corvex invested €250 million in Zephyrine Labs.")]
    [InlineData("Orbis Bank invested €250 million in Zephyrine Labs.")]
    [InlineData("Halvard Bank invested €250 million in Corvex.")]
    public void Another_value_in_a_key_slot_means_another_fact_so_unknown(string claim)
    {
        AssertVerdict(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 in Lisbon.")]
    [InlineData("Bo Renn left Zephyrine Labs in Lisbon.")]
    [InlineData("Halvard Bank invested €250 million in Zephyrine Labs in 2006.")]
    [InlineData("Ada Quill has been CEO of Zephyrine Labs since 2003.")]
    public void A_value_the_record_has_no_slot_for_is_unknown(string claim)
    {
        var result = AssertVerdict(claim, Verdict.Unknown, null);

        Assert.Contains("says nothing about", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ada Quill is not the CEO of Zephyrine Labs.", Verdict.Contradicted, CeoId)]
    [InlineData("Ada Quill isn't the CEO of Zephyrine Labs.", Verdict.Contradicted, CeoId)]
    [InlineData("Bo Renn did not leave Zephyrine Labs.", Verdict.Contradicted, RennLeftId)]
    [InlineData("Ada Quill n'est pas la PDG de Zephyrine Labs.", Verdict.Contradicted, CeoId)]
    [InlineData("Corvex never merged with Zephyrine Labs.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex did not merge with Zephyrine Labs.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex n'a jamais fusionné avec Zephyrine Labs.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex merged with Zephyrine Labs.", Verdict.Contradicted, MergerFailedId)]
    [InlineData("Corvex a fusionné avec Zephyrine Labs.", Verdict.Contradicted, MergerFailedId)]
    [InlineData("Corvex n'a fusionné qu'avec Zephyrine Labs.", Verdict.Contradicted, MergerFailedId)]
    [InlineData("Corvex didn't fail to merge with Zephyrine Labs.", Verdict.Contradicted, MergerFailedId)]
    public void A_negation_flips_the_claim_against_the_record_polarity(string claim, Verdict verdict, string factId)
    {
        AssertVerdict(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Corvex failed to merge with Zephyrine Labs.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex's merger with Zephyrine Labs fell through.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex a échoué à fusionner avec Zephyrine Labs.", Verdict.Supported, MergerFailedId)]
    [InlineData("Corvex successfully merged with Zephyrine Labs.", Verdict.Contradicted, MergerFailedId)]
    [InlineData("Bo Renn stayed at Zephyrine Labs.", Verdict.Contradicted, RennLeftId)]
    public void An_antonym_of_a_relation_group_flips_the_claim(string claim, Verdict verdict, string factId)
    {
        AssertVerdict(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Zephyrine Labs tried to merge with Corvex in 2004.", MergerAttemptId)]
    [InlineData("Zephyrine Labs invested €250 million in Halvard Bank.", InvestmentId)]
    public void Swapping_agent_and_patient_is_contradicted(string claim, string factId)
    {
        var result = AssertVerdict(claim, Verdict.Contradicted, factId);

        Assert.Contains("the other way round", result.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Did Ada Quill found Zephyrine Labs?", Verdict.Supported, FoundedId)]
    [InlineData("Didn't Ada Quill found Zephyrine Labs?", Verdict.Supported, FoundedId)]
    [InlineData("Did Halvard Bank invest €300 million in Zephyrine Labs?", Verdict.Contradicted, InvestmentId)]
    [InlineData("Is Ada Quill the CEO of Zephyrine Labs?", Verdict.Supported, CeoId)]
    [InlineData("Est-ce que Zephyrine Labs a été fondée en 1998 ?", Verdict.Supported, FoundedId)]
    [InlineData("Est-ce que Zephyrine Labs a été fondée en 2001 ?", Verdict.Contradicted, FoundedId)]
    [InlineData("Was Zephyrine Labs founded in 2001?", Verdict.Contradicted, FoundedId)]
    [InlineData("Was Zephyrine Labs founded in 1998?", Verdict.Supported, FoundedId)]
    public void A_yes_no_question_is_checked_as_the_statement_it_asks_about(string claim, Verdict verdict, string factId)
    {
        AssertVerdict(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Who founded Zephyrine Labs?")]
    [InlineData("When was Nimbus launched?")]
    [InlineData("How much did Halvard Bank invest in Zephyrine Labs?")]
    [InlineData("Qui a fondé Zephyrine Labs ?")]
    [InlineData("Quand Nimbus a-t-il été lancé ?")]
    public void A_wh_question_is_unknown_without_evidence_but_with_related_facts(string claim)
    {
        var result = AssertVerdict(claim, Verdict.Unknown, null);

        Assert.NotEmpty(result.Related);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 and Ada Quill is its CEO.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs a été fondée en 1998 et Nimbus a été lancé début 2010.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs was founded in 1998 and Halvard Bank invested €300 million in it.", Verdict.Contradicted, InvestmentId)]
    [InlineData("Zephyrine Labs was founded in 2001 but Nimbus was launched in early 2010.", Verdict.Contradicted, FoundedId)]
    [InlineData("Zephyrine Labs was founded in 1998 and Nimbus was launched in late 2010.", Verdict.Contradicted, NimbusId)]
    [InlineData("Zephyrine Labs a été fondée en 1998 mais Nimbus a été lancé fin 2010.", Verdict.Contradicted, NimbusId)]
    public void A_compound_claim_holds_only_if_every_clause_holds(string claim, Verdict verdict, string factId)
    {
        AssertVerdict(claim, verdict, factId);
    }

    [Fact]
    public void A_compound_claim_that_is_all_true_would_be_contradicted_by_changing_one_clause()
    {
        var whole = Check("Zephyrine Labs was founded in 1998 and Bo Renn left Zephyrine Labs in 2012.");
        var oneFalse = Check("Zephyrine Labs was founded in 1998 and Bo Renn left Zephyrine Labs in 2015.");

        Assert.Equal(Verdict.Supported, whole.Verdict);
        Assert.Equal(Verdict.Contradicted, oneFalse.Verdict);
        Assert.Equal(RennLeftId, oneFalse.Evidence?.FactId);
    }

    [Theory]
    [InlineData("Halvard Bank invested €250m in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank invested 250,000,000 EUR in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank invested EUR 250 million in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank a investi 250 millions d'euros dans Zephyrine Labs.", Verdict.Supported)]
    [InlineData("La banque Halvard a investi 250 millions d'euros dans Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank invested about €250 million in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank invested more than €200 million in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Halvard Bank invested less than €200 million in Zephyrine Labs.", Verdict.Contradicted)]
    [InlineData("Halvard Bank a investi 300 millions d'euros dans Zephyrine Labs.", Verdict.Contradicted)]
    [InlineData("Halvard Bank invested a quarter of a billion euros in Zephyrine Labs.", Verdict.Supported)]
    public void Money_is_compared_as_an_amount_whatever_its_form(string claim, Verdict verdict)
    {
        AssertVerdict(claim, verdict, InvestmentId);
    }

    [Theory]
    [InlineData("Nimbus was launched in early 2010.", Verdict.Supported)]
    [InlineData("Nimbus was launched in 2010.", Verdict.Supported)]
    [InlineData("Nimbus a été lancé début 2010.", Verdict.Supported)]
    [InlineData("Nimbus was launched in late 2010.", Verdict.Contradicted)]
    [InlineData("Nimbus was launched at the end of 2010.", Verdict.Contradicted)]
    [InlineData("Nimbus was launched in December 2010.", Verdict.Contradicted)]
    [InlineData("Nimbus a été lancé fin 2010.", Verdict.Contradicted)]
    [InlineData("Nimbus was launched in 2011.", Verdict.Contradicted)]
    public void A_period_agrees_with_its_year_and_part_or_with_the_whole_year(string claim, Verdict verdict)
    {
        AssertVerdict(claim, verdict, NimbusId);
    }

    [Theory]
    [InlineData("Nimbus was launched in January 2010.")]
    [InlineData("Nimbus a été lancé le 12 janvier 2010.")]
    [InlineData("Zephyrine Labs was founded in March 1998.")]
    public void A_month_or_day_the_record_does_not_give_is_unknown(string claim)
    {
        AssertVerdict(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Zephyrine Labs a été fondée en 1998.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs a été fondée en 2001.", Verdict.Contradicted, FoundedId)]
    [InlineData("Ada Quill est la PDG de Zephyrine Labs.", Verdict.Supported, CeoId)]
    [InlineData("Bo Renn est le PDG de Zephyrine Labs.", Verdict.Contradicted, CeoId)]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012.", Verdict.Supported, RennLeftId)]
    [InlineData("Corvex a tenté de fusionner avec Zephyrine Labs en 2004.", Verdict.Supported, MergerAttemptId)]
    public void French_claims_use_the_records_french_terms(string claim, Verdict verdict, string factId)
    {
        AssertVerdict(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Hello!")]
    [InlineData("Bonjour !")]
    [InlineData("Thanks, bye")]
    [InlineData("Salut")]
    public void A_greeting_is_unknown_with_no_evidence_and_nothing_related(string claim)
    {
        var result = AssertVerdict(claim, Verdict.Unknown, null);

        Assert.Empty(result.Related);
    }

    [Theory]
    [InlineData("OpenAI was founded in 2015.")]
    [InlineData("Microsoft invested $10 billion in OpenAI.")]
    [InlineData("Elon Musk a tenté de prendre le contrôle d'OpenAI en 2018.")]
    [InlineData("Sam Altman est le PDG d'OpenAI.")]
    public void Claims_about_the_real_article_are_unknown_here(string claim)
    {
        AssertVerdict(claim, Verdict.Unknown, null);
    }

    [Fact]
    public void A_progressive_verb_before_the_relation_is_not_a_passive()
    {
        AssertVerdict("Zephyrine Labs is preparing to list its shares on the stock exchange.", Verdict.Supported, ListingId);
    }

    [Theory]
    [InlineData("Jane Doe is the CEO of Acme.")]
    [InlineData("Sam Altman est le PDG d'OpenAI.")]
    public void An_unknown_company_in_the_key_slot_is_not_a_contradiction(string claim)
    {
        AssertVerdict(claim, Verdict.Unknown, null);
    }

    private static CheckResult Check(string claim) => Engine.Check(claim);

    private static CheckResult AssertVerdict(string claim, Verdict verdict, string? factId)
    {
        var result = Check(claim);

        Assert.Equal(verdict, result.Verdict);
        Assert.Equal(factId, result.Evidence?.FactId);
        if (result.Evidence is { } evidence)
        {
            Assert.Equal(Engine.Snapshot.Find(evidence.FactId)!.Sentence, evidence.Sentence);
            Assert.Empty(result.Related);
        }

        return result;
    }
}
