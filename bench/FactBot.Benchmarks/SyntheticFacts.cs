using System.Globalization;
using FactBot.Core.Facts;

namespace FactBot.Benchmarks;

/// <summary>
/// Makes fact records shaped like the curated ones, in any number, deterministically (fixed seed): distinct people and
/// organisations with made-up names, each record saying one or two relation groups drawn from a large made-up
/// vocabulary (so that, as over many articles, each term is used by few records) plus a handful of common groups
/// shared by many records ("announce", "invest", "launch"…), context words, key/exclusive/partial entity slots,
/// year and money slots, some negative records and some attributed ones.
/// </summary>
public sealed class SyntheticFacts
{
    // Share of records whose first relation group is one of the common ones (real-world verbs used across articles).
    private const double CommonShare = 0.08;

    private static readonly string[] Syllables =
    [
        "ka", "ve", "lo", "dri", "mun", "sor", "tel", "pra", "gu", "zin", "bo", "rek", "fa", "ni", "jol", "wes", "qua",
        "hir", "ost", "ul", "ber", "cy", "dom", "fex", "gra", "ho", "ix", "jun", "kel", "lum", "mor", "nov", "pel", "ril",
        "sta", "tov", "urb", "vin", "wal", "yor", "zed", "bra", "cle", "dut", "eno", "fli", "gor", "hel", "isk", "tam",
    ];

    // Common relation groups, used by many records: a claim with one of these words retrieves many candidates.
    private static readonly (string Id, string[] En, string[] Fr, string[] EnAntonyms, string[] FrAntonyms)[] CommonGroups =
    [
        ("common-announce", ["announce", "announced", "announcement", "unveil", "unveiled"], ["annoncer", "annoncé", "annonce", "dévoilé"], [], []),
        ("common-invest", ["invest", "invested", "investment", "fund", "funded"], ["investir", "investi", "investissement", "financé"], [], []),
        ("common-launch", ["launch", "launched", "release", "released"], ["lancer", "lancé", "lancement", "sorti"], [], []),
        ("common-acquire", ["acquire", "acquired", "buy", "bought", "acquisition"], ["acquérir", "acquis", "racheter", "racheté", "rachat"], ["sell", "sold"], ["vendre", "vendu"]),
        ("common-partner", ["partner", "partnered", "partnership", "team up", "teamed up"], ["partenariat", "s'associer", "associé"], ["split", "broke up"], ["rompu", "rupture"]),
        ("common-hire", ["hire", "hired", "appoint", "appointed", "recruit", "recruited"], ["embaucher", "embauché", "nommer", "nommé", "recruté"], ["fire", "fired", "dismissed"], ["licencier", "licencié", "renvoyé"]),
        ("common-sue", ["sue", "sued", "lawsuit", "take to court"], ["poursuivre", "poursuivi", "attaquer en justice", "procès"], [], []),
        ("common-found", ["found", "founded", "create", "created", "start", "started"], ["fonder", "fondé", "créer", "créé"], [], []),
    ];

    private static readonly string[] CommonContext =
    [
        "company", "billion", "million", "year", "deal", "market", "startup", "report", "announcement", "group",
        "entreprise", "milliard", "marché", "accord", "société",
    ];

    // Names come from other syllables than the vocabulary, so that a name is not also a relation word.
    private static readonly string[] NameSyllables =
    [
        "an", "bel", "car", "dar", "el", "fio", "gian", "har", "ina", "jas", "kor", "lau", "mae", "nor", "oli", "pau",
        "quen", "ros", "sam", "tho", "una", "val", "wen", "xa", "yas", "zoe", "ber", "cla", "dia", "eri", "fran", "gus",
    ];

    private static readonly string[] OrgSuffixes = ["Labs", "Systems", "Group", "Dynamics", "Works", "Capital", "Robotics", "Networks"];

    private static readonly decimal[] Amounts =
    [
        5_000_000m, 20_000_000m, 50_000_000m, 100_000_000m, 250_000_000m, 500_000_000m,
        1_000_000_000m, 2_000_000_000m, 5_000_000_000m, 10_000_000_000m, 20_000_000_000m,
    ];

    private readonly Random random;
    private readonly HashSet<string> usedNames = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> usedWords = new(StringComparer.Ordinal);
    private readonly List<string> words = [];
    private readonly List<TermGroup> vocabulary = [];

    private SyntheticFacts(int count, int seed)
    {
        random = new Random(seed);

        // About one distinct relation group per eight records, each of two to four English and one to three French
        // terms; the words come from a pool shared by the groups, so some words mean several things.
        var wordPool = Math.Max(400, count / 4);
        while (words.Count < wordPool)
        {
            var word = Word(2, 3);
            if (usedWords.Add(word))
            {
                words.Add(word);
            }
        }

        var groups = Math.Max(100, count / 8);
        for (var g = 0; g < groups; g++)
        {
            vocabulary.Add(NewGroup($"syn-rel-{g}"));
        }
    }

    /// <summary>A person or organisation of the synthetic records, named the way claims name it.</summary>
    public sealed record Party(Entity Entity, string ClaimName);

    /// <summary>What a claim needs to hit a synthetic record: its parties, one term of each group, its year and amount.</summary>
    public sealed record Blueprint(FactRecord Record, Party Agent, Party Patient, IReadOnlyList<string> EnglishTerms, IReadOnlyList<string> FrenchTerms, int? Year, decimal? Amount);

    public IReadOnlyList<FactRecord> Records { get; private set; } = [];

    public IReadOnlyList<Blueprint> Blueprints { get; private set; } = [];

    /// <summary><paramref name="count"/> synthetic records; the same count and seed give the same records.</summary>
    public static SyntheticFacts Generate(int count, int seed = 20240501)
    {
        var facts = new SyntheticFacts(count, seed);
        facts.Build(count);
        return facts;
    }

    private void Build(int count)
    {
        // Distinct people and organisations, each in a few records (as a company is in several articles).
        var people = Enumerable.Range(0, Math.Max(50, count / 3)).Select(i => NewPerson($"syn-p-{i}")).ToArray();
        var organisations = Enumerable.Range(0, Math.Max(50, count / 4)).Select(i => NewOrganisation($"syn-o-{i}")).ToArray();
        var products = Enumerable.Range(0, Math.Max(20, count / 20)).Select(i => NewProduct($"syn-x-{i}")).ToArray();

        var records = new List<FactRecord>(count);
        var blueprints = new List<Blueprint>(count);
        SourceInfo? source = null;
        for (var r = 0; r < count; r++)
        {
            // About a dozen records per article.
            if (r % 12 == 0)
            {
                var language = random.NextDouble() < 0.5 ? Language.English : Language.French;
                source = new SourceInfo($"syn-src-{r / 12:D6}", $"{Capital(Word(2, 3))} {Word(2, 3)} {Word(2, 3)}", $"20{random.Next(10, 25)}-{random.Next(1, 13):D2}", language);
            }

            var blueprint = NewRecord(r, source!, people, organisations, products);
            records.Add(blueprint.Record);
            blueprints.Add(blueprint);
        }

        Records = records;
        Blueprints = blueprints;
    }

    private Blueprint NewRecord(int r, SourceInfo source, Party[] people, Party[] organisations, Party[] products)
    {
        var relation = new List<TermGroup>();
        if (random.NextDouble() < CommonShare)
        {
            var common = CommonGroups[random.Next(CommonGroups.Length)];
            relation.Add(new TermGroup(common.Id, new TermSet(common.En, common.Fr), new TermSet(common.EnAntonyms, common.FrAntonyms)));
        }
        else
        {
            relation.Add(vocabulary[random.Next(vocabulary.Count)]);
        }

        // A third of the records need two groups ("tried" + "take control").
        if (random.NextDouble() < 0.33)
        {
            var second = vocabulary[random.Next(vocabulary.Count)];
            if (relation.All(g => g.Id != second.Id))
            {
                relation.Add(second);
            }
        }

        var agent = random.NextDouble() < 0.6 ? people[random.Next(people.Length)] : organisations[random.Next(organisations.Length)];
        Party patient;
        do
        {
            patient = organisations[random.Next(organisations.Length)];
        }
        while (patient.Entity.Id == agent.Entity.Id);

        var entities = new List<Entity> { agent.Entity, patient.Entity };
        var slots = new List<Slot>
        {
            EntitySlot("actor", agent.Entity, random.NextDouble() < 0.6 ? SlotMatch.Exclusive : SlotMatch.Key, SlotRole.Agent),
            EntitySlot("organisation", patient.Entity, SlotMatch.Key, SlotRole.Patient),
        };

        int? year = null;
        if (random.NextDouble() < 0.6)
        {
            year = random.Next(1995, 2025);
            slots.Add(new Slot("year", SlotType.Year, random.NextDouble() < 0.75 ? SlotMatch.Exclusive : SlotMatch.Key, SlotRole.None,
                [new SlotValue { Year = year }], new LocalizedText("the year", "l'année")));
        }

        decimal? amount = null;
        if (random.NextDouble() < 0.3)
        {
            amount = Amounts[random.Next(Amounts.Length)];
            slots.Add(new Slot("amount", SlotType.Money, SlotMatch.Exclusive, SlotRole.None,
                [new SlotValue { Amount = amount, Currency = random.NextDouble() < 0.8 ? "USD" : "EUR" }], new LocalizedText("the amount", "le montant")));
        }

        // A partial list of products ("including …") on some records.
        if (random.NextDouble() < 0.2)
        {
            var listed = Enumerable.Range(0, random.Next(1, 3)).Select(_ => products[random.Next(products.Length)].Entity).DistinctBy(e => e.Id).ToArray();
            entities.AddRange(listed);
            slots.Add(new Slot("products", SlotType.Product, SlotMatch.Partial, SlotRole.None,
                listed.Select(e => new SlotValue { Entity = e.Id }).ToArray(), new LocalizedText("the products (a partial list)", "les produits (liste partielle)")));
        }

        var context = new TermSet(
            Enumerable.Range(0, random.Next(1, 5)).Select(_ => random.NextDouble() < 0.4 ? CommonContext[random.Next(CommonContext.Length)] : words[random.Next(words.Count)]).Distinct().ToArray(),
            Enumerable.Range(0, random.Next(0, 3)).Select(_ => words[random.Next(words.Count)]).Distinct().ToArray());

        var en = relation.Select(g => g.Terms.En[random.Next(g.Terms.En.Count)]).ToArray();
        var fr = relation.Select(g => g.Terms.Fr[random.Next(g.Terms.Fr.Count)]).ToArray();
        var when = year is { } y ? $" in {y.ToString(CultureInfo.InvariantCulture)}" : "";
        var quand = year is { } y2 ? $" en {y2.ToString(CultureInfo.InvariantCulture)}" : "";
        var summary = new LocalizedText(
            $"{agent.Entity.Name} {string.Join(" ", en)} {patient.Entity.Name}{when}.",
            $"{agent.Entity.Name} a {string.Join(" ", fr)} {patient.Entity.Name}{quand}.");
        var sentence = source.Language == Language.French ? summary.Fr : summary.En;
        var negative = random.NextDouble() < 0.08;
        var attributed = random.NextDouble() < 0.05;

        var record = new FactRecord(
            $"syn-{r:D6}",
            source,
            sentence,
            relation,
            context,
            negative ? Polarity.Negative : Polarity.Positive,
            slots,
            entities,
            summary,
            attributed ? new LocalizedText("according to a source", "selon une source") : null,
            null);
        return new Blueprint(record, agent, patient, en, fr, year, amount);
    }

    private TermGroup NewGroup(string id)
    {
        var en = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Term()).Distinct().ToArray();
        var fr = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Term()).Distinct().ToArray();
        var antonyms = random.NextDouble() < 0.15
            ? new TermSet([Term()], [Term()])
            : TermSet.Empty;
        return new TermGroup(id, new TermSet(en, fr), antonyms);
    }

    // Mostly one word, sometimes two ("take control").
    private string Term() => random.NextDouble() < 0.8
        ? words[random.Next(words.Count)]
        : $"{words[random.Next(words.Count)]} {words[random.Next(words.Count)]}";

    private Party NewPerson(string id)
    {
        string first, last, name;
        do
        {
            first = Capital(Word(2, 2, NameSyllables));
            last = Capital(Word(2, 4, NameSyllables));
            name = $"{first} {last}";
        }
        while (usedWords.Contains(first.ToLowerInvariant()) || usedWords.Contains(last.ToLowerInvariant()) || !usedNames.Add(name) || !usedNames.Add(last));

        return new Party(new Entity(id, EntityType.Person, name, [name, last]), name);
    }

    private Party NewOrganisation(string id)
    {
        string stem, name;
        do
        {
            stem = Capital(Word(2, 4, NameSyllables));
            name = $"{stem} {OrgSuffixes[random.Next(OrgSuffixes.Length)]}";
        }
        while (usedWords.Contains(stem.ToLowerInvariant()) || !usedNames.Add(stem) || !usedNames.Add(name));

        return new Party(new Entity(id, EntityType.Organisation, name, [name, stem, $"{stem} Inc"]), stem);
    }

    private Party NewProduct(string id)
    {
        string name;
        do
        {
            name = $"{Capital(Word(2, 2, NameSyllables))}-{random.Next(1, 10)}";
        }
        while (!usedNames.Add(name));

        return new Party(new Entity(id, EntityType.Product, name, [name]), name);
    }

    private string Word(int minSyllables, int maxSyllables, string[]? syllables = null)
    {
        syllables ??= Syllables;
        var count = random.Next(minSyllables, maxSyllables + 1);
        var word = "";
        for (var s = 0; s < count; s++)
        {
            word += syllables[random.Next(syllables.Length)];
        }

        return word;
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static Slot EntitySlot(string name, Entity entity, SlotMatch match, SlotRole role) =>
        new(name, entity.Type == EntityType.Person ? SlotType.Person : SlotType.Organisation, match, role, [new SlotValue { Entity = entity.Id }], new LocalizedText(name, name));
}
