using System.Collections.Frozen;

namespace FactBot.Core.Text;

/// <summary>
/// General English and French function words: what negates, asks, joins clauses, or carries no content. The words are
/// data (Text/Language/en.json and fr.json); this class names the lists the engine reads. Nothing here is about any
/// article; subject words live in the seed files.
/// </summary>
internal static class LanguageWords
{
    public static readonly FrozenSet<string> English = One(LanguageData.English, "function");

    public static readonly FrozenSet<string> French = One(LanguageData.French, "function");

    /// <summary>Words that tell the language apart most reliably (present in one list, rare in the other).</summary>
    public static readonly FrozenSet<string> EnglishMarkers = One(LanguageData.English, "markers");

    public static readonly FrozenSet<string> FrenchMarkers = One(LanguageData.French, "markers");

    /// <summary>Negation words that negate on their own.</summary>
    public static readonly FrozenSet<string> Negations = LanguageData.Both("negations");

    /// <summary>"in part", "en partie": a sentence that gives one reason or share among others.</summary>
    public static readonly PhraseSet<bool> PartialMarkers = PhraseList.Of("partialMarkers");

    /// <summary>Words that open a purpose clause ("to keep its edge", "pour garder"), which a negation before them does not reach.</summary>
    public static readonly FrozenSet<string> PurposeMarkers = LanguageData.Both("purposeMarkers");

    /// <summary>French words that complete "ne" into a negation ("ne … pas"); "ne … que" means "only".</summary>
    public static readonly FrozenSet<string> FrenchNegationPartners = LanguageData.Both("negationPartners");

    public static readonly FrozenSet<string> WhQuestions = LanguageData.Both("whQuestions");

    /// <summary>Auxiliaries that open a yes/no question ("Did …?", "Is …?").</summary>
    public static readonly FrozenSet<string> QuestionAuxiliaries = LanguageData.Both("questionAuxiliaries");

    /// <summary>Verbs that only say when something else happened: "started criticising", "kept investing".</summary>
    public static readonly FrozenSet<string> Aspectual = LanguageData.Both("aspectual");

    /// <summary>Verbs of wanting, trying and proposing: what follows them is not asserted to have happened.</summary>
    public static readonly FrozenSet<string> Modals = LanguageData.Both("modals");

    /// <summary>Words making an amount a sum of several ("in total", "au total"), not one payment.</summary>
    public static readonly PhraseSet<bool> Totals = PhraseList.Of("totals");

    /// <summary>"first", "began", "only since", "pour la première fois": the claim dates when something started, so an earlier record of it denies the date.</summary>
    public static readonly PhraseSet<bool> OnsetMarkers = PhraseList.Of("onsetMarkers");

    /// <summary>"now", "aujourd'hui": the present a record stating a current state says as of its article's date.</summary>
    public static readonly FrozenSet<string> PresentMarkers = LanguageData.Both("presentMarkers");

    /// <summary>"between", "entre": the two names after one are a pair, not two clauses.</summary>
    public static readonly FrozenSet<string> PairPrepositions = LanguageData.Both("pairPrepositions");

    /// <summary>English past participles that do not end in -ed or -en.</summary>
    public static readonly FrozenSet<string> IrregularParticiples = LanguageData.Both("irregularParticiples");

    /// <summary>Past participles of French verbs conjugated with être, which are not passives ("est devenue").</summary>
    public static readonly FrozenSet<string> FrenchEtreVerbs = LanguageData.Both("etreVerbs");

    /// <summary>Ordinary words that often open a sentence with a capital: never taken for a proper name.</summary>
    public static readonly FrozenSet<string> CommonOpeners = LanguageData.Both("commonOpeners");

    /// <summary>Copulas: "tried to become CEO" is still about being CEO.</summary>
    public static readonly FrozenSet<string> Copulas = LanguageData.Both("copulas");

    /// <summary>Words saying a list is complete: "founded by Ada alone".</summary>
    public static readonly FrozenSet<string> Exclusivity = LanguageData.Both("exclusivity");

    /// <summary>"Ada alone", "Ada seule": exclusivity words that may follow the name they restrict ("only" does not).</summary>
    public static readonly FrozenSet<string> PostposedExclusivity = LanguageData.Both("postposedExclusivity");

    /// <summary>"just $1bn", "à peine 100 millions": words that mean "only" right before an amount.</summary>
    public static readonly FrozenSet<string> AmountLimiters = LanguageData.Both("amountLimiters");

    /// <summary>"the", "les": a definite count of parties ("the two co-founders") names all of them.</summary>
    public static readonly FrozenSet<string> DefiniteArticles = LanguageData.Both("definiteArticles");

    /// <summary>"just", "merely", "juste": limiters that also say "only" before a name or a count ("just Ada and Bo").</summary>
    public static readonly FrozenSet<string> NameLimiters = LanguageData.Both("nameLimiters");

    /// <summary>Imperatives that open a request rather than a claim.</summary>
    public static readonly FrozenSet<string> Requests = LanguageData.Both("requests");

    public static readonly FrozenSet<string> Greetings = LanguageData.Both("greetings").Union(LanguageData.Both("chatter")).ToFrozenSet(StringComparer.Ordinal);

    public static readonly FrozenSet<string> FrenchGreetings = One(LanguageData.French, "greetings");

    public static readonly FrozenSet<string> EnglishGreetings = One(LanguageData.English, "greetings");

    /// <summary>Words that join two clauses, where a compound claim may be split.</summary>
    public static readonly FrozenSet<string> ClauseJoiners = LanguageData.Both("clauseJoiners");

    /// <summary>"but", "mais": the clause after one is the point of the claim.</summary>
    public static readonly FrozenSet<string> ContrastJoiners = LanguageData.Both("contrastJoiners");

    /// <summary>Passive auxiliaries ("was founded", "a été fondée").</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = LanguageData.Both("passiveAuxiliaries");

    /// <summary>"should", "could", "pourrait": the verb after one is said as a duty or a possibility, not a fact.</summary>
    public static readonly FrozenSet<string> Irrealis = LanguageData.Both("irrealis");

    /// <summary>"would" before "have": what did not happen ("would have given").</summary>
    public static readonly FrozenSet<string> Counterfactuals = LanguageData.Both("counterfactuals");

    /// <summary>"was", "had", "avait": a clause with one tells of the past.</summary>
    public static readonly FrozenSet<string> PastAuxiliaries = LanguageData.Both("pastAuxiliaries");

    /// <summary>"is", "has", "still": an English verb in -ed after one ("is involved") is no past tense.</summary>
    public static readonly FrozenSet<string> PresentAuxiliaries = LanguageData.Both("presentAuxiliaries");

    /// <summary>"has invested", "have poured": the perfect, which may sum every payment so far.</summary>
    public static readonly FrozenSet<string> PerfectAuxiliaries = LanguageData.Both("perfectAuxiliaries");

    /// <summary>Articles and possessives: a noun phrase starts here, so a preceding "is" is a copula, not a passive.</summary>
    public static readonly FrozenSet<string> Determiners = LanguageData.Both("determiners");

    /// <summary>"his", "sa": a noun phrase that belongs to someone named before.</summary>
    public static readonly FrozenSet<string> Possessives = LanguageData.Both("possessives");

    /// <summary>"almost", "quasi": before "nobody" or "personne" they make a few of none.</summary>
    public static readonly FrozenSet<string> Approximators = LanguageData.Both("approximators");

    /// <summary>"own", "propre": after a possessive ("its own products") it only insists on whose.</summary>
    public static readonly FrozenSet<string> OwnWords = LanguageData.Both("ownWords");

    /// <summary>"of", "de": the preposition of a noun's complement ("the creation of the company").</summary>
    public static readonly FrozenSet<string> ComplementPrepositions = LanguageData.Both("complementPrepositions");

    /// <summary>"du", "des": a preposition and an article in one word.</summary>
    public static readonly FrozenSet<string> ContractedArticles = LanguageData.Both("contractedArticles");

    /// <summary>"ppl" → "people", "jms" → "jamais": chat shorthand, both languages' maps (a key both define is left out).</summary>
    public static readonly FrozenDictionary<string, string> Shorthands = LanguageData.All
        .SelectMany(l => l.Map(string.Empty, "shorthands"))
        .GroupBy(kv => kv.Key, StringComparer.Ordinal)
        .Where(g => g.Select(kv => kv.Value.GetString()).Distinct().Count() == 1)
        .ToFrozenDictionary(g => g.Key, g => g.First().Value.GetString()!, StringComparer.Ordinal);

    /// <summary>"was", "were", "était": a past state, which implies an origin ("Acme was a non-profit").</summary>
    public static readonly FrozenSet<string> PastStates = LanguageData.Both("pastStates");

    /// <summary>A perfect participle that, after "never", spans every time up to now: "has never been".</summary>
    public static readonly FrozenSet<string> NeverStates = LanguageData.Both("neverStates");

    /// <summary>"longer", "anymore", "plus": in a denied clause, a state that has ended ("ne … plus", "no longer").</summary>
    public static readonly FrozenSet<string> CeasedWords = LanguageData.Both("ceasedWords");

    /// <summary>"by himself", "tout seul": the subject did it with no one else, an exclusivity.</summary>
    public static readonly PhraseSet<bool> SoloMarkers = PhraseList.Of("soloMarkers");

    /// <summary>"…, that's all", "…, c'est tout": what the clause names is the whole of it.</summary>
    public static readonly PhraseSet<bool> ExclusivityPhrases = PhraseList.Of("exclusivityPhrases");

    /// <summary>"y avait combien de fondateurs ?", "Acme put in how much?": a question word left where its answer goes.</summary>
    public static readonly PhraseSet<bool> InSituQuestions = PhraseList.Of("inSituQuestions");

    /// <summary>"not only", "pas seulement": the "only" they end in adds a party instead of excluding the others.</summary>
    public static readonly PhraseSet<bool> InclusiveMarkers = PhraseList.Of("inclusiveMarkers");

    /// <summary>English past forms that do not end in "-ed": "ran", "took", "became".</summary>
    public static readonly FrozenSet<string> IrregularPasts = LanguageData.Both("irregularPasts");

    /// <summary>"never", "jamais": a denial of every time, the past included.</summary>
    public static readonly PhraseSet<bool> NeverWords = PhraseList.Of("neverWords");

    /// <summary>"in", "with", "dans": after one, a name is an object, not the subject of a new clause.</summary>
    public static readonly FrozenSet<string> GoverningPrepositions = LanguageData.Both("governingPrepositions");

    public static readonly FrozenSet<string> AgentPrepositions = LanguageData.Both("agentPrepositions");

    /// <summary>Negations that leave no one: "nobody", "no one", "personne", "aucun".</summary>
    public static readonly PhraseSet<bool> AbsoluteNegations = PhraseList.Of("absoluteNegations");

    /// <summary>Negations that leave a few: "few", "hardly", "peu", "rares".</summary>
    public static readonly FrozenSet<string> ScalarNegations = LanguageData.Both("scalarNegations");

    /// <summary>Words of degree between an auxiliary and its participle: "is not at all worried", "n'est pas du tout inquiète".</summary>
    public static readonly FrozenSet<string> DegreeWords = LanguageData.Both("degreeWords");

    /// <summary>Nouns that name an organisation after a person: "the Ada Quill Foundation", "la fondation Quill".</summary>
    public static readonly FrozenSet<string> OrganisationNouns = LanguageData.Both("organisationNouns");

    /// <summary>English verbs that make a passive of the participle after them: "got kicked out".</summary>
    public static readonly FrozenSet<string> EnglishCausativePassives = One(LanguageData.English, "causativePassives");

    /// <summary>French verbs that make a passive of the infinitive after them, after "se": "s'est fait virer".</summary>
    public static readonly FrozenSet<string> FrenchCausativePassives = One(LanguageData.French, "causativePassives");

    /// <summary>Reflexive pronouns before an auxiliary ("s'est retiré"): the verb is active, not passive.</summary>
    public static readonly FrozenSet<string> Reflexives = LanguageData.Both("reflexives");

    /// <summary>What names the other party after a converse verb: "received it from Acme", "granted it to Acme".</summary>
    public static readonly PhraseSet<bool> CounterpartPrepositions = PhraseList.Of("counterpartPrepositions");

    /// <summary>Negations that deny from the object, after the verb: "shared nothing", "n'a rien dit".</summary>
    public static readonly FrozenSet<string> ObjectNegations = LanguageData.Both("objectNegations");

    /// <summary>Negations that quantify the subject: "few believed", "rares sont ceux qui ont cru", "nobody who".</summary>
    public static readonly FrozenSet<string> SubjectNegations = LanguageData.Both("subjectNegations");

    /// <summary>
    /// Function words that say how events relate ("because", "after", "before", "avant", "car"): a claim's own are
    /// checked, and a record's sentence that uses one accounts for it.
    /// </summary>
    public static readonly FrozenSet<string> Connectives = LanguageData.All
        .SelectMany(l => l.List("subordinators").Concat(l.Map(string.Empty, "sequenceWords").Keys))
        .SelectMany(p => p.Split(' ', '\''))
        .Where(w => w.Length > 2)
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>"with", "alongside", "avec", "aux côtés de": who did it together with the subject.</summary>
    public static readonly PhraseSet<bool> Comitatives = PhraseList.Of("comitatives");

    /// <summary>"years", "months", "mois": units of a gap in time.</summary>
    public static readonly FrozenSet<string> TimeNouns = LanguageData.Both("timeNouns");

    /// <summary>"several", "other", "quelques", "plusieurs": words that open a noun phrase of how many.</summary>
    public static readonly FrozenSet<string> Quantifiers = LanguageData.Both("quantifiers");

    /// <summary>Verbs that report what someone says: "Ada says …", "a déclaré", "tweeted".</summary>
    public static readonly FrozenSet<string> ReportingVerbs = LanguageData.Both("reportingVerbs");

    /// <summary>"according to X", "selon X": X is who says it.</summary>
    public static readonly PhraseSet<bool> AttributionMarkers = PhraseList.Of("attributionMarkers");

    /// <summary>"because", "à cause de": the clause says one thing caused another.</summary>
    public static readonly PhraseSet<bool> CausalMarkers = PhraseList.Of("causalMarkers");

    /// <summary>
    /// Nouns that a light verb before them makes an idiom ("fait partie de": is part of), whose stem must not read as
    /// the verb it shares ("partir"): each noun with the forms of its light verb.
    /// </summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> LightVerbNouns = WordMap("lightVerbNouns");

    /// <summary>Words after a light verb's noun that make it another phrase: "went back on his word" is reneging.</summary>
    public static readonly FrozenDictionary<string, FrozenSet<string>> LightVerbNounsUnless = WordMap("lightVerbNounsUnless");

    /// <summary>"until", "till": "not … until 2019" dates an event, it does not deny it.</summary>
    public static readonly FrozenSet<string> UntilWords = LanguageData.Both("untilWords");

    /// <summary>"via", "through", "par le biais de", "in instalments": how something was done.</summary>
    public static readonly PhraseSet<bool> MannerMarkers = PhraseList.Of("mannerMarkers");

    /// <summary>"led to", "so", "in order to", "donc": one event caused, followed from or served another, which only a
    /// sentence stating both can say.</summary>
    public static readonly PhraseSet<bool> CausalLinks = PhraseList.Of("causalLinks");

    /// <summary>"reportedly", "reports say", "selon des sources": hedges that name no one.</summary>
    public static readonly PhraseSet<bool> Hedges = PhraseList.Of("hedges");

    /// <summary>"in turn", "of course", "en parallèle", "pour rappel": discourse markers that assert nothing.</summary>
    public static readonly PhraseSet<bool> DiscourseMarkers = PhraseList.Of("discourseMarkers");

    /// <summary>Particles of phrasal verbs: "turned … down", "pushed … out".</summary>
    public static readonly FrozenSet<string> Particles = LanguageData.Both("particles");

    /// <summary>Object pronouns that may sit inside a phrasal verb: "turned him down".</summary>
    public static readonly FrozenSet<string> ObjectPronouns = LanguageData.Both("objectPronouns");

    /// <summary>Chat filler that carries no claim ("lol", "ok").</summary>
    public static readonly FrozenSet<string> Chatter = LanguageData.Both("chatter");

    private static FrozenSet<string> One(LanguageData language, string list) => language.List(list).ToFrozenSet(StringComparer.Ordinal);

    // A word → words map of every language ("back" → "came", "got", …).
    private static FrozenDictionary<string, FrozenSet<string>> WordMap(string name) => LanguageData.All
        .SelectMany(l => l.Map(string.Empty, name))
        .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.EnumerateArray().Select(e => e.GetString()!).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
}
