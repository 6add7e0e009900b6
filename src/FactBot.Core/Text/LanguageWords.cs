using System.Collections.Frozen;

namespace FactBot.Core.Text;

/// <summary>
/// General English and French function words: what negates, asks, joins clauses, or carries no content.
/// Nothing here is about any article; subject words live in the seed files.
/// </summary>
internal static class LanguageWords
{
    public static readonly FrozenSet<string> English = Set(
        "the", "a", "an", "of", "is", "was", "were", "are", "be", "been", "being", "in", "on", "at", "and", "by", "to", "for",
        "that", "with", "did", "does", "do", "has", "have", "had", "not", "it", "its", "this", "these", "those", "from",
        "as", "his", "her", "their", "they", "he", "she", "who", "which", "what", "when", "where", "why", "how", "after",
        "before", "into", "about", "than", "then", "also", "only", "just", "very", "would", "will", "can", "could", "should",
        "there", "over", "all", "any", "some", "one", "but", "or", "so", "such", "because", "while", "our", "your", "you", "we",
        "i", "me", "my", "him", "them", "if", "up", "out", "no", "never", "yes", "true", "false", "really", "indeed", "still");

    public static readonly FrozenSet<string> French = Set(
        "le", "la", "les", "de", "des", "du", "un", "une", "est", "a", "ete", "et", "en", "par", "pour", "que", "qui", "dans",
        "sur", "avec", "ne", "pas", "se", "ce", "son", "sa", "ses", "leur", "leurs", "au", "aux", "il", "elle", "ils", "elles",
        "on", "etait", "sont", "ont", "avait", "plus", "mais", "ou", "donc", "car", "cette", "ces", "cet", "lui", "y", "je",
        "tu", "nous", "vous", "me", "te", "quand", "comment", "pourquoi", "quel", "quelle", "quels", "quelles", "aussi",
        "seulement", "tres", "jamais", "rien", "apres", "avant", "depuis", "selon", "vrai", "faux", "bien", "deja", "toujours");

    /// <summary>Words that tell the language apart most reliably (present in one list, rare in the other).</summary>
    public static readonly FrozenSet<string> EnglishMarkers = Set(
        "the", "of", "is", "was", "were", "and", "by", "to", "for", "that", "with", "did", "does", "has", "have", "had", "not",
        "its", "from", "after", "who", "which", "what", "when", "it", "this", "than", "into", "their", "his", "made", "been");

    public static readonly FrozenSet<string> FrenchMarkers = Set(
        "le", "la", "les", "des", "du", "une", "est", "ete", "et", "par", "pour", "que", "qui", "dans", "sur", "avec", "ne",
        "pas", "son", "sa", "ses", "au", "aux", "il", "elle", "ont", "etait", "sont", "ce", "cette", "lui", "de", "un", "en");

    /// <summary>Negation words that negate on their own.</summary>
    public static readonly FrozenSet<string> Negations = Set(
        "not", "never", "no", "neither", "nor", "without", "nobody", "nothing", "none", "hardly", "jamais", "sans", "aucun",
        "aucune", "nullement", "nul");

    /// <summary>French words that complete "ne" into a negation ("ne … pas"); "ne … que" means "only".</summary>
    public static readonly FrozenSet<string> FrenchNegationPartners = Set(
        "pas", "jamais", "plus", "rien", "guere", "aucun", "aucune", "personne", "point", "nullement", "ni");

    public static readonly FrozenSet<string> WhQuestions = Set(
        "who", "what", "when", "where", "why", "how", "which", "whom", "whose",
        "qui", "que", "quoi", "quand", "ou", "pourquoi", "comment", "quel", "quelle", "quels", "quelles", "combien");

    /// <summary>Auxiliaries that open a yes/no question ("Did …?", "Is …?").</summary>
    public static readonly FrozenSet<string> QuestionAuxiliaries = Set(
        "did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "can", "could", "will", "would", "should");

    /// <summary>Verbs that only say when something else happened: "started criticising", "kept investing".</summary>
    public static readonly FrozenSet<string> Aspectual = Set(
        "start", "started", "starts", "begin", "began", "begun", "begins", "keep", "kept", "keeps", "continue", "continued",
        "continues", "stop", "stopped", "stops", "resume", "resumed", "quit", "finish", "finished");

    /// <summary>Verbs of wanting, trying and proposing: what follows them is not asserted to have happened.</summary>
    public static readonly FrozenSet<string> Modals = Set(
        "tried", "try", "tries", "trying", "attempted", "attempt", "attempts", "wanted", "want", "wants", "sought", "seek",
        "seeks", "hoped", "hope", "hopes", "planned", "plan", "plans", "offered", "offer", "proposed", "propose",
        "wished", "bid", "effort", "push", "tente", "tenter", "essaye", "essayer", "voulu", "voulait",
        "vouloir", "propose", "proposer", "souhaite", "souhaitait", "cherche", "chercher");

    /// <summary>Words making an amount a sum of several ("in total", "au total"), not one payment.</summary>
    public static readonly FrozenSet<string> Totals = Set(
        "total", "totals", "totaling", "totalling", "altogether", "combined", "cumulative", "cumulatively", "overall",
        "cumule", "cumules", "cumulee", "cumulees", "tout");

    /// <summary>English past participles that do not end in -ed or -en.</summary>
    public static readonly FrozenSet<string> IrregularParticiples = Set(
        "built", "made", "led", "run", "won", "sold", "bought", "brought", "found", "left", "kept", "paid", "put", "set",
        "told", "thought", "held", "sent", "spent", "lost", "met", "read", "said", "shut", "split", "spun", "struck",
        "taught", "understood", "withheld", "hit", "cut", "let", "quit", "begun", "done", "gone", "seen", "shown", "known",
        "grown", "thrown", "drawn", "flown", "sought", "dealt", "meant", "lent", "felt", "heard", "laid", "fed", "bred");

    /// <summary>Past participles of French verbs conjugated with être, which are not passives ("est devenue").</summary>
    public static readonly FrozenSet<string> FrenchEtreVerbs = Set(
        "devenu", "ne", "nee", "parti", "sorti", "arrive", "reste", "tombe", "mort", "venu", "alle", "entre", "retourne",
        "revenu", "parvenu", "decede", "intervenu", "survenu");

    /// <summary>Ordinary words that often open a sentence with a capital: never taken for a proper name.</summary>
    public static readonly FrozenSet<string> CommonOpeners = Set(
        "according", "recently", "however", "meanwhile", "today", "yesterday", "later", "earlier", "initially",
        "originally", "eventually", "finally", "reportedly", "apparently", "actually", "indeed", "since", "during",
        "despite", "although", "though", "after", "before", "while", "once", "both", "each", "every", "many", "most",
        "several", "few", "last", "next", "researchers", "experts", "critics", "people", "employees", "staff",
        "investors", "analysts", "reports", "sources", "insiders", "officials", "everyone", "nobody", "someone",
        "selon", "depuis", "recemment", "pourtant", "cependant", "ensuite", "enfin", "aujourd", "hier", "plusieurs",
        "certains", "certaines", "beaucoup", "chercheurs", "experts", "employes", "salaries", "personne", "tous",
        "toutes", "grace", "malgre", "apres", "avant", "pendant", "lorsque", "quand", "comme", "ainsi", "mais");

    /// <summary>Copulas: "tried to become CEO" is still about being CEO.</summary>
    public static readonly FrozenSet<string> Copulas = Set(
        "be", "become", "became", "becoming", "remain", "stay", "etre", "devenir", "rester");

    /// <summary>Words saying a list is complete: "founded by Ada alone".</summary>
    public static readonly FrozenSet<string> Exclusivity = Set(
        "alone", "only", "sole", "solely", "singlehandedly", "single", "seul", "seule", "uniquement", "exclusivement");

    /// <summary>Imperatives that open a request rather than a claim.</summary>
    public static readonly FrozenSet<string> Requests = Set(
        "tell", "explain", "describe", "show", "list", "summarize", "summarise", "give", "dis", "dites", "explique",
        "expliquez", "decris", "raconte", "parle", "parlez", "donne", "donnez", "montre", "liste", "resume");

    public static readonly FrozenSet<string> Greetings = Set(
        "hello", "hi", "hey", "bonjour", "salut", "coucou", "thanks", "thank", "merci", "bonsoir", "goodbye", "bye",
        "please", "svp", "ok", "okay", "lol", "cheers", "yo", "welcome");

    public static readonly FrozenSet<string> FrenchGreetings = Set("bonjour", "salut", "merci", "coucou", "bonsoir", "svp");

    public static readonly FrozenSet<string> EnglishGreetings = Set("hello", "hi", "hey", "thanks", "thank", "goodbye", "bye", "please");

    /// <summary>Words that join two clauses, where a compound claim may be split.</summary>
    public static readonly FrozenSet<string> ClauseJoiners = Set(
        "and", "but", "while", "whereas", "although", "though", "yet", "then", "et", "mais", "puis", "alors", "tandis",
        "cependant", "however", "also", ";");

    /// <summary>Passive auxiliaries ("was founded", "a été fondée").</summary>
    public static readonly FrozenSet<string> PassiveAuxiliaries = Set(
        "was", "were", "is", "are", "been", "be", "being", "ete", "etait", "etaient", "est", "sont", "fut");

    /// <summary>Articles and possessives: a noun phrase starts here, so a preceding "is" is a copula, not a passive.</summary>
    public static readonly FrozenSet<string> Determiners = Set(
        "the", "a", "an", "his", "her", "its", "their", "this", "that", "le", "la", "les", "un", "une", "des", "du", "son",
        "sa", "ses", "leur", "leurs", "ce", "cette");

    public static readonly FrozenSet<string> AgentPrepositions = Set("by", "par");

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
