using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;
using static FactBot.TestSupport.SyntheticArticle;

namespace FactBot.Core.Tests.Checking;

/// <summary>
/// The later rules of the engine, each shown on the invented article too: a whole list claimed from a partial one,
/// corrections, dates before/after, reasons the record does not give, totals, borderline bounds, outlets.
/// </summary>
public sealed class MoreRulesOnSyntheticArticleTests
{
    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 by Ada Quill alone.", Verdict.Contradicted, FoundedId)]
    [InlineData("Ada Quill founded Zephyrine Labs by herself in 1998.", Verdict.Contradicted, FoundedId)]
    [InlineData("Ada Quill a fondé Zephyrine Labs toute seule en 1998.", Verdict.Contradicted, FoundedId)]
    [InlineData("Zephyrine Labs was founded in 1998, not 2001.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs was founded before 2000.", Verdict.Supported, FoundedId)]
    [InlineData("Zephyrine Labs was founded after 2000.", Verdict.Contradicted, FoundedId)]
    [InlineData("Nimbus was launched after 2009.", Verdict.Supported, NimbusId)]
    [InlineData("Nimbus was launched before 2010.", Verdict.Contradicted, NimbusId)]
    [InlineData("Corvex tried to merge with Zephyrine Labs because it needed engineers.", Verdict.Unknown, null)]
    [InlineData("Halvard Bank invested €250 million in Zephyrine Labs in total.", Verdict.Supported, InvestmentId)]
    [InlineData("Halvard Bank invested more than €250 million in Zephyrine Labs.", Verdict.Unknown, null)]
    [InlineData("According to the Gazette, Bo Renn left Zephyrine Labs in 2012.", Verdict.Supported, RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2012, the Herald reports.", Verdict.Unknown, null)]
    public void Check_LaterRule_AppliesToAnyArticle(string claim, Verdict verdict, string? factId)
    {
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("I had no idea Bo Renn left Zephyrine Labs in 2012, according to the Gazette.", Verdict.Supported, RennLeftId)]
    [InlineData("ngl i didnt know bo renn left zephyrine labs in 2015", Verdict.Contradicted, RennLeftId)]
    [InlineData("je savais pas que Bo Renn avait quitté Zephyrine Labs en 2012 selon la Gazette", Verdict.Supported, RennLeftId)]
    public void Not_knowing_something_until_now_asserts_it(string claim, Verdict verdict, string factId)
    {
        // "I had no idea that …" presupposes what follows: its negation is the speaker's, not the claim's.
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 by Ada Quill, not by Bo Renn.", Verdict.Contradicted, FoundedId)]
    [InlineData("Zephyrine Labs a été fondée en 1998 par Ada Quill, mais pas par Bo Renn.", Verdict.Contradicted, FoundedId)]
    [InlineData("Halvard Bank, not Corvex, invested €250 million in Zephyrine Labs.", Verdict.Supported, InvestmentId)]
    [InlineData("Nimbus was launched in early 2010, not in 2011.", Verdict.Supported, NimbusId)]
    public void A_value_the_claim_sets_aside_denies_a_record_that_asserts_it(string claim, Verdict verdict, string factId)
    {
        // "by Ada, not by Bo" against "including Ada and Bo": the record names Bo, so the claim denies part of it; a
        // rival it sets aside ("not Corvex") or another year is what the record already rules out.
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("C'est Halvard Bank qui a investi 250 millions d'euros dans Zephyrine Labs.", Verdict.Supported)]
    [InlineData("C'est Zephyrine Labs qui a investi 250 millions d'euros dans Halvard Bank.", Verdict.Contradicted)]
    [InlineData("c est zephyrine labs qui a investi 250 millions d'euros dans halvard bank", Verdict.Contradicted)]
    [InlineData("It was Zephyrine Labs who invested €250 million in Halvard Bank.", Verdict.Contradicted)]
    [InlineData("It's Halvard Bank who invested €250 million in Zephyrine Labs.", Verdict.Supported)]
    public void A_cleft_reads_its_stressed_names_as_the_subject_of_what_follows(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, InvestmentId);
    }

    [Theory]
    [InlineData("Zephyrine Labs received a €250 million investment from Halvard Bank.", Verdict.Supported)]
    [InlineData("Zephyrine Labs got €250 million in funding from Halvard Bank.", Verdict.Supported)]
    [InlineData("Zephyrine Labs a reçu un investissement de 250 millions d'euros de Halvard Bank.", Verdict.Supported)]
    [InlineData("Halvard Bank received a €250 million investment from Zephyrine Labs.", Verdict.Contradicted)]
    [InlineData("Halvard Bank a reçu un investissement de 250 millions d'euros de Zephyrine Labs.", Verdict.Contradicted)]
    [InlineData("Halvard Bank invested €250 million in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Zephyrine Labs invested €250 million in Halvard Bank.", Verdict.Contradicted)]
    public void A_converse_verb_of_the_lexicon_puts_the_subject_on_the_receiving_side(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, InvestmentId);
    }

    [Fact]
    public void A_receiving_verb_the_lexicon_does_not_list_as_a_converse_leaves_the_sides_as_read()
    {
        // "accepted" is no converse of the invented article's "invest": the subject stays the investor, so it is not supported.
        var result = Engine.Check("Zephyrine Labs accepted a €250 million investment from Halvard Bank.");

        Assert.NotEqual(Verdict.Supported, result.Verdict);
    }

    [Theory]
    [InlineData("Halvard Bank dropped €250 million into Zephyrine Labs.", Verdict.Supported, InvestmentId)]
    [InlineData("Halvard Bank a lâché 250 millions d'euros dans Zephyrine Labs.", Verdict.Supported, InvestmentId)]
    [InlineData("Halvard Bank dropped Zephyrine Labs.", Verdict.Unknown, null)]
    [InlineData("Halvard Bank a lâché Zephyrine Labs.", Verdict.Unknown, null)]
    public void A_term_the_lexicon_lists_with_amounts_only_expresses_the_relation_only_beside_an_amount(string claim, Verdict verdict, string? factId)
    {
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Bo Renn s'est retiré de Zephyrine Labs en 2012.", Verdict.Supported)]
    [InlineData("Bo Renn s'est retiré de Zephyrine Labs en 2015.", Verdict.Contradicted)]
    public void A_reflexive_verb_keeps_its_subject_as_the_agent(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, RennLeftId);
    }

    [Theory]
    [InlineData("The Ada Quill Foundation founded Zephyrine Labs.")]
    [InlineData("La fondation Ada Quill a fondé Zephyrine Labs.")]
    [InlineData("Ada Quill founded Zephyrine Labs through the Bo Renn Foundation.")]
    public void An_organisation_named_after_a_person_is_not_that_person(string claim)
    {
        Assert.Equal(Verdict.Unknown, Engine.Check(claim).Verdict);
        Assert.Equal(Verdict.Supported, Engine.Check("Ada Quill founded Zephyrine Labs.").Verdict);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs after Zephyrine Labs launched Nimbus.", Verdict.Supported)]
    [InlineData("Bo Renn left Zephyrine Labs two years after Zephyrine Labs launched Nimbus.", Verdict.Supported)]
    [InlineData("Bo Renn left Zephyrine Labs two weeks after Zephyrine Labs launched Nimbus.", Verdict.Unknown)]
    [InlineData("Bo Renn left Zephyrine Labs a few months after Zephyrine Labs launched Nimbus.", Verdict.Unknown)]
    public void A_gap_in_weeks_or_months_is_one_the_records_years_cannot_confirm(string claim, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Check(claim).Verdict);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs in 2015.", Verdict.Contradicted, RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2024.", Verdict.Contradicted, RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs in 2025.", Verdict.Unknown, null)]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2031.", Verdict.Unknown, null)]
    [InlineData("Zephyrine Labs was founded in 2026.", Verdict.Unknown, null)]
    public void A_year_after_the_articles_date_may_be_a_later_event_and_contradicts_nothing(string claim, Verdict verdict, string? factId)
    {
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Ada Quill, in turn, founded Zephyrine Labs in 1998.")]
    [InlineData("Of course, Ada Quill founded Zephyrine Labs in 1998.")]
    [InlineData("Bien sûr, Ada Quill a fondé Zephyrine Labs en 1998.")]
    [InlineData("En parallèle, un certain Ada Quill fonde Zephyrine Labs en 1998.")]
    public void A_discourse_marker_asserts_nothing_a_record_must_explain(string claim)
    {
        AssertDecided(claim, Verdict.Supported, FoundedId);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs and Halvard Bank invested €250 million in Zephyrine Labs.", InvestmentId)]
    [InlineData("Halvard Bank invested in Zephyrine Labs and Bo Renn left Zephyrine Labs in 2012.", RennLeftId)]
    [InlineData("Halvard Bank invested in Zephyrine Labs and Bo Renn left Zephyrine Labs.", InvestmentId)]
    public void Of_clauses_that_all_hold_the_first_with_an_amount_or_a_date_gives_the_evidence(string claim, string factId)
    {
        AssertDecided(claim, Verdict.Supported, factId);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs after the launch of Nimbus.", Verdict.Supported)]
    [InlineData("Bo Renn left Zephyrine Labs before the launch of Nimbus.", Verdict.Contradicted)]
    [InlineData("Bo Renn a quitté Zephyrine Labs avant le lancement de Nimbus.", Verdict.Contradicted)]
    public void A_noun_phrase_after_before_or_after_that_names_its_own_parties_is_not_about_the_subject(string claim, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Check(claim).Verdict);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998 and Bo Renn left 14 years later.", Verdict.Supported)]
    [InlineData("Zephyrine Labs was founded in 1998 and Bo Renn left two years later.", Verdict.Contradicted)]
    [InlineData("Zephyrine Labs a été fondée en 1998 et Bo Renn est parti deux ans plus tard.", Verdict.Contradicted)]
    public void Years_before_later_are_the_gap_between_a_clause_and_the_one_before(string claim, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Check(claim).Verdict);
    }

    [Theory]
    [InlineData("Corvex tried to merge with Zephyrine Labs, but it failed.", MergerFailedId)]
    [InlineData("Corvex a tenté de fusionner avec Zephyrine Labs, mais a échoué.", MergerFailedId)]
    [InlineData("Ada Quill is the chief executive of Zephyrine Labs, but Bo Renn left Zephyrine Labs.", RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs, but Ada Quill is the chief executive of Zephyrine Labs.", CeoId)]
    public void Of_clauses_that_all_hold_without_a_value_the_one_after_but_gives_the_evidence(string claim, string factId)
    {
        AssertDecided(claim, Verdict.Supported, factId);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded in 1998, and Bo Renn left Zephyrine Labs in 2012, according to the Gazette.", RennLeftId)]
    [InlineData("Zephyrine Labs was founded in 1998, and Bo Renn left Zephyrine Labs in 2012.", FoundedId)]
    public void Of_clauses_that_all_hold_the_one_whose_record_names_the_cited_source_gives_the_evidence(string claim, string factId)
    {
        AssertDecided(claim, Verdict.Supported, factId);
    }

    [Theory]
    [InlineData("It's not true that Zephyrine Labs was founded in 1998.", Verdict.Contradicted)]
    [InlineData("It is false that Zephyrine Labs was founded in 2001.", Verdict.Supported)]
    [InlineData("C'est faux de dire que Zephyrine Labs a été fondée en 1998.", Verdict.Contradicted)]
    [InlineData("Il n'est pas vrai que Zephyrine Labs a été fondée en 2001.", Verdict.Supported)]
    public void An_opener_that_denies_what_follows_turns_its_verdict_round(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, FoundedId);
    }

    [Theory]
    [InlineData("Only Halvard Bank invested €250 million in Zephyrine Labs.")]
    [InlineData("Halvard Bank alone invested €250 million in Zephyrine Labs.")]
    [InlineData("Seule Halvard Bank a investi 250 millions d'euros dans Zephyrine Labs.")]
    [InlineData("Halvard Bank is the only investor in Zephyrine Labs.")]
    public void Only_before_the_party_a_record_is_about_is_not_confirmed_by_it(string claim)
    {
        AssertDecided(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Halvard Bank invested only €250 million in Zephyrine Labs.", Verdict.Supported)]
    [InlineData("Zephyrine Labs was founded by Ada Quill alone.", Verdict.Contradicted)]
    public void Only_before_an_amount_or_against_a_partial_list_still_decides(string claim, Verdict verdict)
    {
        Assert.Equal(verdict, Engine.Check(claim).Verdict);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs in 2012 because Halvard Bank invested €250 million in Zephyrine Labs.")]
    [InlineData("Bo Renn left Zephyrine Labs in 2012 bc Halvard Bank invested €250 million in Zephyrine Labs.")]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012 parce que Halvard Bank a investi 250 millions d'euros dans Zephyrine Labs.")]
    public void A_cause_between_facts_of_two_sentences_is_not_confirmed(string claim)
    {
        AssertDecided(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Halvard Bank should invest €250 million in Zephyrine Labs.")]
    [InlineData("Halvard Bank could invest €250 million in Zephyrine Labs.")]
    [InlineData("Halvard Bank would have invested €250 million in Zephyrine Labs.")]
    [InlineData("Halvard Bank was supposed to invest €500 million in Zephyrine Labs.")]
    public void A_duty_a_possibility_or_what_did_not_happen_is_not_a_fact(string claim)
    {
        AssertDecided(claim, Verdict.Unknown, null);
    }

    [Fact]
    public void The_same_facts_joined_by_and_are_confirmed()
    {
        Assert.Equal(Verdict.Supported, Engine.Check("Bo Renn left Zephyrine Labs in 2012 and Halvard Bank invested €250 million in Zephyrine Labs.").Verdict);
    }

    [Fact]
    public void A_denying_opener_leaves_an_unknown_claim_unknown()
    {
        Assert.Equal(Verdict.Unknown, Engine.Check("It's not true that Ada Quill founded Corvex.").Verdict);
    }

    [Theory]
    [InlineData("Neither Ada Quill nor Bo Renn founded Zephyrine Labs.", Verdict.Contradicted)]
    [InlineData("Zephyrine Labs was founded by neither Ada Quill nor Bo Renn.", Verdict.Contradicted)]
    [InlineData("Both Ada Quill and Bo Renn founded Zephyrine Labs.", Verdict.Supported)]
    public void Neither_and_nor_deny_once(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, FoundedId);
    }

    [Theory]
    [InlineData("Zephyrine Labs was founded by Ada Quill before Bo Renn.")]
    [InlineData("Ada Quill founded Zephyrine Labs after Bo Renn.")]
    [InlineData("Zephyrine Labs a été fondée par Ada Quill avant Bo Renn.")]
    public void An_order_between_two_names_the_record_lists_together_is_not_told(string claim)
    {
        AssertDecided(claim, Verdict.Unknown, null);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs in 2012 after his investment of €500 million in Zephyrine Labs.")]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012 après son investissement de 500 millions d'euros dans Zephyrine Labs.")]
    public void A_possessive_noun_phrase_is_about_the_subject_not_about_whoever_else_did_it(string claim)
    {
        // Halvard Bank's €250 million is another party's investment: it neither confirms nor denies Renn's.
        Assert.True(InvestmentId != Engine.Check(claim).Evidence?.FactId, Engine.Trace(claim));
    }

    [Theory]
    [InlineData("Halvard Bank invested the whole billion it had promised in Zephyrine Labs.", Verdict.Contradicted, InvestmentId)]
    [InlineData("Halvard Bank invested the full billion euros it promised.", Verdict.Contradicted, InvestmentId)]
    [InlineData("Halvard Bank invested the €250 million it had promised in Zephyrine Labs.", Verdict.Unknown, null)]
    public void An_amount_followed_by_its_own_clause_is_compared_with_the_main_verb(string claim, Verdict verdict, string? factId)
    {
        // The promise is a statement of its own, which no record makes: it cannot confirm, and the amount still clashes.
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Corvex tried in vain to merge with Zephyrine Labs in 2004, investing €250 million in Zephyrine Labs.", Verdict.Unknown, null)]
    [InlineData("Halvard Bank invested in Zephyrine Labs, investing €500 million.", Verdict.Contradicted, InvestmentId)]
    public void A_participle_after_a_comma_is_a_clause_about_the_subject(string claim, Verdict verdict, string? factId)
    {
        // Corvex is the one investing: Halvard Bank's investment does not confirm it.
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Launched in 2001, Nimbus made Zephyrine Labs famous.", Verdict.Contradicted, NimbusId)]
    public void An_opener_is_about_the_first_name_after_it_which_it_may_refute(string claim, Verdict verdict, string? factId)
    {
        // The founding (1998) must not confirm "launched in 2001" through Zephyrine Labs, a name of the main clause only.
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs in 2015 after Corvex failed to merge with it.", Verdict.Contradicted)]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2015 après l'échec de la fusion.", Verdict.Contradicted)]
    public void A_year_before_an_order_word_dates_its_own_clause_and_is_no_count_of_years(string claim, Verdict verdict)
    {
        AssertDecided(claim, verdict, RennLeftId);
    }

    [Theory]
    [InlineData("Bo Renn a jms quitté Zephyrine Labs", Verdict.Contradicted, RennLeftId)]
    [InlineData("Ada Quill is the chief executive of Zephyrine Labs rn", Verdict.Supported, CeoId)]
    [InlineData("Bo Renn left Zephyrine Labs b4 2013", Verdict.Supported, RennLeftId)]
    [InlineData("Bo Renn left Zephyrine Labs b4 2010", Verdict.Contradicted, RennLeftId)]
    public void Chat_shorthand_is_read_as_the_word_it_stands_for(string claim, Verdict verdict, string factId)
    {
        // "jms" is "jamais", a negation; "rn" is "now".
        AssertDecided(claim, verdict, factId);
    }

    [Theory]
    [InlineData("Bo Renn left Zephyrine Labs in 2012 tho")]
    [InlineData("Bo Renn left Zephyrine Labs in 2012 iirc")]
    [InlineData("tbf Bo Renn left Zephyrine Labs in 2012")]
    [InlineData("as far as i know Bo Renn left Zephyrine Labs in 2012")]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012 askip")]
    [InlineData("jpense que Bo Renn a quitté Zephyrine Labs en 2012")]
    [InlineData("Bo Renn a quitté Zephyrine Labs en 2012 si je me trompe pas")]
    public void A_chat_hedge_around_a_claim_is_no_content(string claim)
    {
        AssertDecided(claim, Verdict.Supported, RennLeftId);
    }

    [Theory]
    [InlineData("After the 2004 merger attempt by Corvex failed, Bo Renn left Zephyrine Labs.")]
    [InlineData("After the 2004 merger attempt by Corvex failed Bo Renn left Zephyrine Labs.")]
    public void A_year_after_a_determiner_dates_an_event_and_bounds_nothing(string claim)
    {
        // "after 2004" would be a bound; "after the 2004 merger attempt" is the attempt of 2004, which was before 2012.
        AssertDecided(claim, Verdict.Supported, RennLeftId);
    }

    [Theory]
    [InlineData("After the Nimbus launch Bo Renn left Zephyrine Labs", Verdict.Supported)]
    [InlineData("Before the Nimbus launch Bo Renn left Zephyrine Labs", Verdict.Contradicted)]
    [InlineData("Après le lancement de Nimbus Bo Renn a quitté Zephyrine Labs", Verdict.Supported)]
    public void An_opening_subordinate_without_its_comma_ends_before_the_next_subject(string claim, Verdict verdict)
    {
        // Chat drops the comma: read whole, the launch would be an unexplained part of the departure.
        AssertDecided(claim, verdict, RennLeftId);
    }

    [Theory]
    [InlineData("Ada Quill is the chief executive of Zephyrine Labs now.")]
    [InlineData("Ada Quill est aujourd'hui la directrice générale de Zephyrine Labs.")]
    public void A_present_marker_is_what_a_record_of_a_current_state_says(string claim)
    {
        // The record's own words no longer list "now": only its being current accounts for the present marker.
        var current = EngineWithCeoRecord(current: true).Check(claim);
        var past = EngineWithCeoRecord(current: false).Check(claim);

        Assert.Equal((Verdict.Supported, CeoId), (current.Verdict, current.Evidence?.FactId));
        Assert.Equal(Verdict.Unknown, past.Verdict);
    }

    [Theory]
    [InlineData("Bo Renn was the chief executive of Zephyrine Labs.", Verdict.Unknown)]
    [InlineData("Bo Renn is the chief executive of Zephyrine Labs.", Verdict.Contradicted)]
    public void Another_holder_in_the_past_is_no_rival_of_a_current_holder(string claim, Verdict verdict)
    {
        // The article says who holds the role as of its date, not who held it before.
        var result = EngineWithCeoRecord(current: true).Check(claim);

        Assert.Equal(verdict, result.Verdict);
    }

    private static ClaimEngine EngineWithCeoRecord(bool current)
    {
        const string Listed = "\"context\": { \"en\": [\"now\", \"today\", \"currently\", \"serves as\"], \"fr\": [\"aujourd'hui\", \"actuellement\", \"désormais\"] },";
        var json = FactBot.TestSupport.SyntheticArticle.Json.Replace(Listed, "\"context\": { \"en\": [\"serves as\"], \"fr\": [\"occupe\"] }," + (current ? " \"current\": true," : string.Empty), StringComparison.Ordinal);
        Assert.NotEqual(FactBot.TestSupport.SyntheticArticle.Json, json);
        return new ClaimEngine(FactSnapshot.Create(SeedLoader.Load([Input(json)]).Facts), new SnowballStemmer());
    }

    private static void AssertDecided(string claim, Verdict verdict, string? factId)
    {
        var result = Engine.Check(claim);

        Assert.True(verdict == result.Verdict && factId == result.Evidence?.FactId, $"{result.Verdict} {result.Evidence?.FactId}\n{Engine.Trace(claim)}");
    }
}
