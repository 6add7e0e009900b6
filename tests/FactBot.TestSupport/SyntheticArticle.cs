using FactBot.Analysis;
using FactBot.Core.Checking;
using FactBot.Core.Seeds;
using FactBot.Core.Store;

namespace FactBot.TestSupport;

/// <summary>
/// An invented English article about "Zephyrine Labs" and its fact records, loaded through the real
/// <see cref="SeedLoader"/>: proves the engine's rules come from the records, not from the article in seeds/.
/// Record shapes follow the real seeds (relation groups, context terms, slot roles, a negative "outcome" record whose
/// lexicon entry takes its terms from a base entry and adds antonyms).
/// </summary>
public static class SyntheticArticle
{
    public const string SeedName = "900_zephyrine.facts.json";
    public const string ArticleName = "900_zephyrine.txt";
    public const string NavigationLine = "Read also: Zephyrine Labs opens a second data centre";

    public const string FoundedId = "zephyrine-founded-1998";
    public const string CeoId = "quill-is-ceo";
    public const string MergerAttemptId = "corvex-attempted-merger-2004";
    public const string MergerFailedId = "corvex-merger-failed";
    public const string InvestmentId = "halvard-invested-250-million";
    public const string NimbusId = "nimbus-launched-early-2010";
    public const string RennLeftId = "renn-left-2012";
    public const string ListingId = "zephyrine-reportedly-preparing-listing";

    public const string FoundedSentence = "Zephyrine Labs was founded in 1998 by a handful of engineers, including Ada Quill and Bo Renn.";
    public const string CeoSentence = "Ada Quill is the chief executive of Zephyrine Labs.";
    public const string MergerSentence = "In 2004, Corvex tried in vain to merge with Zephyrine Labs.";
    public const string InvestmentSentence = "Halvard Bank later invested €250 million in Zephyrine Labs.";
    public const string NimbusSentence = "The company launched Nimbus, its first cloud product, in early 2010.";
    public const string RennLeftSentence = "According to the Gazette, Bo Renn left Zephyrine Labs in 2012.";
    public const string ListingSentence = "Zephyrine Labs is reportedly preparing to list its shares on the stock exchange.";

    public static readonly string Article = string.Join(
        "\n",
        " date 2024-05 Zephyrine Labs, a quiet pioneer of cloud engineering",
        "",
        FoundedSentence + " " + CeoSentence,
        "",
        NavigationLine,
        "",
        MergerSentence + " " + InvestmentSentence + " " + NimbusSentence,
        "",
        RennLeftSentence + " " + ListingSentence,
        "");

    public const string Json = """
        {
          "source": {
            "id": "zephyrine-900",
            "title": "Zephyrine Labs, a quiet pioneer of cloud engineering",
            "published": "2024-05",
            "language": "en",
            "file": "900_zephyrine.txt",
            "notContent": ["Read also"]
          },
          "entities": [
            { "id": "zephyrine", "type": "organisation", "name": "Zephyrine Labs", "aliases": ["Zephyrine", "the company", "la société", "l'entreprise"] },
            { "id": "ada-quill", "type": "person", "name": "Ada Quill", "aliases": ["Quill"] },
            { "id": "bo-renn", "type": "person", "name": "Bo Renn", "aliases": ["Renn"] },
            { "id": "corvex", "type": "organisation", "name": "Corvex", "aliases": ["Corvex Group"] },
            { "id": "halvard", "type": "organisation", "name": "Halvard Bank", "aliases": ["Halvard", "la banque Halvard"] },
            { "id": "nimbus", "type": "product", "name": "Nimbus", "aliases": ["Nimbus cloud"] },
            { "id": "ceo", "type": "role", "name": "CEO", "aliases": ["chief executive", "chief executive officer", "PDG", "directeur général", "directrice générale"] },
            { "id": "gazette", "type": "organisation", "name": "the Gazette", "aliases": ["Gazette", "la Gazette"] }
          ],
          "lexicon": {
            "found": {
              "en": ["found", "founded", "founding", "founder", "founders", "co-founded", "co-founder", "create", "created", "establish", "established", "set up"],
              "fr": ["fonder", "fondé", "fondée", "fondateur", "fondatrice", "fondateurs", "cofondé", "créer", "créé", "créée"]
            },
            "ceo-role": {
              "en": ["ceo", "chief executive", "chief executive officer", "runs", "run", "leads", "lead", "head", "heads", "boss"],
              "fr": ["pdg", "directeur général", "directrice générale", "dirige", "diriger", "patron", "patronne"]
            },
            "attempt": {
              "en": ["try", "tried", "tries", "trying", "attempt", "attempted", "sought", "seek", "bid"],
              "fr": ["tenter", "tenté", "tentative", "essayer", "essayé", "cherché à"]
            },
            "merge": {
              "en": ["merge", "merged", "merger", "merging", "combine", "combined", "take over", "took over", "acquire", "acquired"],
              "fr": ["fusionner", "fusionné", "fusion", "racheter", "racheté", "rachat"]
            },
            "merger-outcome": {
              "en": [],
              "fr": [],
              "antonyms": {
                "en": ["fail", "failed", "fails", "failure", "in vain", "unsuccessful", "unsuccessfully", "fell through", "came to nothing"],
                "fr": ["échouer", "échoué", "échec", "en vain", "sans succès", "avorté"]
              },
              "base": "merge"
            },
            "invest": {
              "en": ["invest", "invested", "investing", "investment", "investor", "fund", "funded", "funding", "inject", "injected"],
              "fr": ["investir", "investi", "investissement", "investisseur", "financer", "financé", "injecté", "injecter"],
              "converses": { "en": ["received", "got", "secured"], "fr": ["reçu", "obtenu"] },
              "withAmount": { "en": ["dropped"], "fr": ["lâché"] }
            },
            "release": {
              "en": ["launch", "launched", "launching", "release", "released", "unveil", "unveiled", "introduce", "introduced", "came out"],
              "fr": ["lancer", "lancé", "lancée", "lancement", "sortie", "sorti", "dévoilé", "présenté"]
            },
            "leave": {
              "en": ["leave", "left", "leaving", "quit", "resign", "resigned", "depart", "departed", "departure", "step down", "stepped down"],
              "fr": ["quitter", "quitté", "départ", "partir", "parti", "démissionner", "démissionné", "démission", "retiré"],
              "antonyms": {
                "en": ["stay", "stayed", "remain", "remained"],
                "fr": ["rester", "resté", "demeuré"]
              }
            },
            "listing": {
              "en": ["list its shares", "listing", "go public", "going public", "ipo", "stock market listing", "float"],
              "fr": ["introduction en bourse", "entrer en bourse", "entrée en bourse", "coter", "cotation"]
            }
          },
          "facts": [
            {
              "id": "zephyrine-founded-1998",
              "sentence": "Zephyrine Labs was founded in 1998 by a handful of engineers, including Ada Quill and Bo Renn.",
              "relation": ["found"],
              "context": { "en": ["handful", "engineers", "including", "among", "group"], "fr": ["ingénieurs", "dont", "parmi", "groupe"] },
              "slots": [
                { "name": "organisation", "type": "organisation", "match": "key", "role": "patient", "values": ["zephyrine"], "label": { "en": "the company founded", "fr": "l'entreprise fondée" } },
                { "name": "year", "type": "year", "match": "exclusive", "values": [1998], "label": { "en": "the founding year", "fr": "l'année de fondation" } },
                { "name": "founders", "type": "person", "match": "partial", "role": "agent", "values": ["ada-quill", "bo-renn"], "label": { "en": "the founders (a partial list)", "fr": "les fondateurs (liste partielle)" } }
              ],
              "summary": { "en": "Zephyrine Labs was founded in 1998 by a handful of engineers, including Ada Quill and Bo Renn.", "fr": "Zephyrine Labs a été fondée en 1998 par une poignée d'ingénieurs, dont Ada Quill et Bo Renn." }
            },
            {
              "id": "quill-is-ceo",
              "sentence": "Ada Quill is the chief executive of Zephyrine Labs.",
              "relation": ["ceo-role"],
              "context": { "en": ["now", "today", "currently", "serves as"], "fr": ["aujourd'hui", "actuellement", "désormais"] },
              "slots": [
                { "name": "holder", "type": "person", "match": "exclusive", "values": ["ada-quill"], "label": { "en": "Zephyrine Labs' chief executive", "fr": "la directrice générale de Zephyrine Labs" } },
                { "name": "role", "type": "role", "match": "key", "values": ["ceo"], "label": { "en": "the role", "fr": "le rôle" } },
                { "name": "organisation", "type": "organisation", "match": "key", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } }
              ],
              "summary": { "en": "Ada Quill is the chief executive of Zephyrine Labs.", "fr": "Ada Quill est la directrice générale de Zephyrine Labs." }
            },
            {
              "id": "corvex-attempted-merger-2004",
              "sentence": "In 2004, Corvex tried in vain to merge with Zephyrine Labs.",
              "relation": ["attempt", "merge"],
              "context": { "en": ["with", "bid"], "fr": ["avec"] },
              "slots": [
                { "name": "suitor", "type": "organisation", "match": "exclusive", "role": "agent", "values": ["corvex"], "label": { "en": "who sought the merger", "fr": "qui a tenté la fusion" } },
                { "name": "target", "type": "organisation", "match": "key", "role": "patient", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } },
                { "name": "year", "type": "year", "match": "exclusive", "values": [2004], "label": { "en": "the year of the merger attempt", "fr": "l'année de la tentative de fusion" } }
              ],
              "summary": { "en": "In 2004 Corvex tried to merge with Zephyrine Labs.", "fr": "En 2004, Corvex a tenté de fusionner avec Zephyrine Labs." }
            },
            {
              "id": "corvex-merger-failed",
              "sentence": "In 2004, Corvex tried in vain to merge with Zephyrine Labs.",
              "relation": ["merger-outcome"],
              "context": { "en": ["succeed", "succeeded", "successfully", "managed", "completed"], "fr": ["réussi", "parvenu", "abouti"] },
              "polarity": "negative",
              "slots": [
                { "name": "suitor", "type": "organisation", "match": "exclusive", "role": "agent", "values": ["corvex"], "label": { "en": "who failed to merge", "fr": "qui a échoué à fusionner" } },
                { "name": "target", "type": "organisation", "match": "key", "role": "patient", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } },
                { "name": "year", "type": "year", "match": "exclusive", "values": [2004], "label": { "en": "the year of the failed merger", "fr": "l'année de la fusion ratée" } }
              ],
              "summary": { "en": "Corvex's 2004 attempt to merge with Zephyrine Labs failed: the two never merged.", "fr": "La tentative de fusion de Corvex avec Zephyrine Labs en 2004 a échoué : elles n'ont jamais fusionné." }
            },
            {
              "id": "halvard-invested-250-million",
              "sentence": "Halvard Bank later invested €250 million in Zephyrine Labs.",
              "relation": ["invest"],
              "context": { "en": ["later", "bank"], "fr": ["plus tard", "banque"] },
              "slots": [
                { "name": "investor", "type": "organisation", "match": "key", "role": "agent", "values": ["halvard"], "label": { "en": "the investor", "fr": "l'investisseur" } },
                { "name": "recipient", "type": "organisation", "match": "key", "role": "patient", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } },
                { "name": "amount", "type": "money", "match": "exclusive", "values": [{ "amount": 250000000, "currency": "EUR" }], "label": { "en": "the amount invested", "fr": "le montant investi" } }
              ],
              "summary": { "en": "Halvard Bank invested €250 million in Zephyrine Labs.", "fr": "La banque Halvard a investi 250 millions d'euros dans Zephyrine Labs." }
            },
            {
              "id": "nimbus-launched-early-2010",
              "sentence": "The company launched Nimbus, its first cloud product, in early 2010.",
              "relation": ["release"],
              "context": { "en": ["first", "cloud", "product"], "fr": ["premier", "produit"] },
              "slots": [
                { "name": "product", "type": "product", "match": "key", "values": ["nimbus"], "label": { "en": "the product", "fr": "le produit" } },
                { "name": "when", "type": "period", "match": "exclusive", "values": [{ "year": 2010, "part": "early" }], "label": { "en": "Nimbus' launch date", "fr": "la date de lancement de Nimbus" } },
                { "name": "maker", "type": "organisation", "match": "key", "values": ["zephyrine"], "label": { "en": "the maker", "fr": "le fabricant" } }
              ],
              "summary": { "en": "Zephyrine Labs launched Nimbus in early 2010.", "fr": "Zephyrine Labs a lancé Nimbus début 2010." }
            },
            {
              "id": "renn-left-2012",
              "sentence": "According to the Gazette, Bo Renn left Zephyrine Labs in 2012.",
              "relation": ["leave"],
              "context": { "en": ["gazette"], "fr": ["gazette"] },
              "slots": [
                { "name": "person", "type": "person", "match": "exclusive", "role": "agent", "values": ["bo-renn"], "label": { "en": "who left", "fr": "qui est parti" } },
                { "name": "organisation", "type": "organisation", "match": "key", "role": "patient", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } },
                { "name": "year", "type": "year", "match": "exclusive", "values": [2012], "label": { "en": "the year he left", "fr": "l'année de son départ" } },
                { "name": "reported-by", "type": "organisation", "match": "optional", "values": ["gazette"], "label": { "en": "the paper reporting it", "fr": "le journal qui le rapporte" } }
              ],
              "summary": { "en": "Bo Renn left Zephyrine Labs in 2012.", "fr": "Bo Renn a quitté Zephyrine Labs en 2012." },
              "attribution": { "en": "according to the Gazette", "fr": "selon la Gazette" }
            },
            {
              "id": "zephyrine-reportedly-preparing-listing",
              "sentence": "Zephyrine Labs is reportedly preparing to list its shares on the stock exchange.",
              "relation": ["listing"],
              "context": { "en": ["preparing", "plans", "stock exchange", "shares"], "fr": ["prépare", "bourse", "actions"] },
              "slots": [
                { "name": "organisation", "type": "organisation", "match": "key", "role": "agent", "values": ["zephyrine"], "label": { "en": "the company", "fr": "l'entreprise" } }
              ],
              "summary": { "en": "Zephyrine Labs is reportedly preparing a stock market listing.", "fr": "Zephyrine Labs préparerait son introduction en bourse." },
              "hedge": { "en": "reportedly", "fr": "au conditionnel" }
            }
          ]
        }
        """;

    private static readonly Lazy<ClaimEngine> SharedEngine = new(() => new ClaimEngine(FactSnapshot.Create(Load().Facts), new SnowballStemmer()));

    /// <summary>One engine over the synthetic records, built once: checks are read-only.</summary>
    public static ClaimEngine Engine => SharedEngine.Value;

    /// <summary>The seed input, optionally with other JSON or another article text.</summary>
    public static SeedInput Input(string? json = null, string? article = null, string name = SeedName)
    {
        var text = article ?? Article;
        return new SeedInput(name, json ?? Json, file => file == ArticleName ? text : null);
    }

    public static SeedSet Load() => SeedLoader.Load([Input()]);
}
