using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Retrieval;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Reads a claim against the index: quantities first, then known names, then relation terms, then unknown names and negations.</summary>
internal sealed class ClaimReader(FactIndex index)
{
    private const int MaxTokens = 256;

    public ClaimReading Read(string claim)
    {
        var tokens = SpelledYears.Rewrite(ChatTrimmer.Trim(Tokenizer.Tokenize(ChatTrimmer.WithoutLinksAndEmojiCodes(claim)), out var asked, out var denied));
        if (tokens.Count > MaxTokens)
        {
            tokens = tokens.GetRange(0, MaxTokens);
        }

        var words = new WordFacts[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            // "ppl", "b4", "jms": chat's shorthand is read as the word it stands for (the languages' shorthands maps).
            if (LanguageWords.Shorthands.TryGetValue(tokens[i].Text, out var full))
            {
                tokens[i] = tokens[i] with { Text = full, Accented = full };
            }

            // "Microsfot", "invetsed": a misspelling of a word the records use is read as that word.
            if (!tokens[i].IsSymbol && !tokens[i].IsNumber && index.Spelling.TryCorrect(tokens[i].Text, out var correction))
            {
                tokens[i] = tokens[i] with { Text = correction.Word, Accented = correction.Word, Corrected = true };
            }

            var token = tokens[i];
            words[i] = index.Facts(token);
            (token.EnglishStem, token.FrenchStem, token.FrenchPlainStem) = words[i].Stems;
        }

        var mentions = new List<Mention>();
        var quantity = new bool[tokens.Count];
        QuantityParser.Parse(tokens, quantity, mentions);

        var named = (bool[])quantity.Clone();
        FindEntities(tokens, words, named, mentions);
        NameOrganisationsAfterPeople(tokens, named, mentions);
        var lookups = new TermLookups(tokens, words, index);
        DropAliasesInsidePhrases(tokens, named, mentions, lookups);
        var handles = Handles(tokens, named);
        foreach (var (start, end) in SuperlativeReader.PartyRanks(tokens))
        {
            mentions.Add(new Mention(MentionKind.UnknownName, start, end, string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Surface))));
            Array.Fill(named, true, start, end - start);
        }


        // A person's or company's name is not a relation word, even when it spells one ("Open Labs"); role names
        // ("CEO") are both.
        var blocked = (bool[])quantity.Clone();
        foreach (var mention in mentions.Where(m => m.Entity is { Type: not EntityType.Role } || m.Kind == MentionKind.UnknownName))
        {
            for (var k = mention.Start; k < mention.End; k++)
            {
                blocked[k] = true;
            }
        }

        var attribution = BlockAttributionPhrases(tokens, blocked, mentions);
        var idioms = BlockLightVerbNouns(tokens, blocked);

        // "in turn", "en parallèle": no relation word and nothing a record must explain.
        var discourse = Phrases(tokens, LanguageWords.DiscourseMarkers);
        foreach (var k in discourse)
        {
            blocked[k] = true;
        }

        var particles = new HashSet<int>();
        var terms = FindTerms(tokens, blocked, mentions, particles, lookups);
        var quotedNameParts = QuotedNameParts(tokens, mentions);
        terms.RemoveAll(t => t.End - t.Start == 1 && quotedNameParts.Contains(t.Start));
        var capitalizedWords = CapitalizedMidSentence(tokens, named);
        terms.RemoveAll(t => t.End - t.Start == 1 && t.IsRelationWord && capitalizedWords.Contains(t.Start));

        // "its own products", "ses propres outils": "own" right after a possessive insists on whose; alone it is no
        // term ("his own rival", a longer term, keeps it).
        var owns = OwnAfterPossessives(tokens);
        terms.RemoveAll(t => t.End - t.Start == 1 && owns.Contains(t.Start));
        var termLanguage = CountTermLanguages(terms, lookups);

        // "started criticising", "kept investing": the first verb only says when, the -ing verb says what.
        terms.RemoveAll(t => t.End - t.Start == 1 && LanguageWords.Aspectual.Contains(tokens[t.Start].Text)
            && terms.Any(n => n.Start == t.End && n.IsRelationWord && tokens[n.Start].Text.EndsWith("ing", StringComparison.Ordinal)));
        var inTerm = new bool[tokens.Count];
        var inRelation = new bool[tokens.Count];
        foreach (var occurrence in terms)
        {
            for (var k = occurrence.Start; k < occurrence.End; k++)
            {
                inTerm[k] = true;
                inRelation[k] |= occurrence.IsRelationWord;
            }
        }

        var language = LanguageDetector.Detect(claim, tokens, termLanguage.English, termLanguage.French);
        // "Back in 2015, …", "Way back, …": a discourse phrase opening the claim is capitalised, not a name.
        FindUnknownNames(tokens, named, inTerm, discourse, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        var (wh, yesNo) = QuestionKind(tokens, discourse, asked);
        // Only a relation word keeps its negation to itself ("not-for-profit"); context words do not ("no longer").
        var marks = NegationReader.Read(tokens, inRelation, yesNo);
        var negations = marks.Negations.ToList();

        // "founded in 2015, not 2016": a negation right before a value, after a comma or "and", corrects the
        // value; it does not deny the clause. The rejected value is set aside.
        // "but not in Office", "mais pas dans ses outils": a preposition and a determiner may lead to the value.
        var rejected = new List<Mention>();
        var setAside = new HashSet<int>();
        foreach (var n in negations.ToArray())
        {
            var corrected = mentions.FirstOrDefault(m => m.Kind != MentionKind.UnknownName && m.Start > n && m.Start <= n + 3 && LeadsToValue(tokens, n + 1, m.Start));
            if (corrected is not null && n > 0 && tokens[n - 1].Text is "," or "and" or "et" or "but" or "mais" or "rather")
            {
                negations.Remove(n);
                mentions.Remove(corrected);
                rejected.Add(corrected);
                setAside.UnionWith(Enumerable.Range(n, corrected.End - n));
            }
        }
        return new ClaimReading(claim, language, tokens, mentions, terms, negations, wh, yesNo) { Exclusives = marks.Exclusives, StateChanges = marks.StateChanges, Superlatives = SuperlativeReader.Read(tokens), Rejected = rejected, Silent = Phrases(tokens, LanguageWords.Hedges).Union(discourse).Union(particles).Union(attribution).Union(handles).Union(quotedNameParts).Union(owns).Union(idioms).Union(setAside).Union(ClosingTags(tokens)).ToHashSet(), Denied = denied };
    }

    // Only prepositions and determiners stand between a correcting "not" and its value: at most one of each.
    private static bool LeadsToValue(List<Token> tokens, int from, int to) =>
        to - from <= 2
        && Enumerable.Range(from, to - from).All(k => (k == from && LanguageWords.GoverningPrepositions.Contains(tokens[k].Text)) || (k == to - 1 && LanguageWords.Determiners.Contains(tokens[k].Text)));

    // How many matched terms read as English words and how many as French ones.
    private static (int English, int French) CountTermLanguages(List<TermOccurrence> terms, TermLookups lookups)
    {
        var (english, french) = (0, 0);
        foreach (var term in terms)
        {
            var (en, fr) = lookups.At(term.Start, term.End - term.Start);
            english += en is not null ? 1 : 0;
            french += fr is not null ? 1 : 0;
        }

        return (english, french);
    }

    private void FindEntities(List<Token> tokens, WordFacts[] facts, bool[] consumed, List<Mention> mentions)
    {
        // Each run's words are written together into one buffer; each prefix is looked up as a span of it.
        var aliases = index.Aliases.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new StemPrefixes(tokens, index.MaxAliasTokens, static t => t.Text);
        for (var i = 0; i < tokens.Count; i++)
        {
            // No name starts with the word: no run from here spells one.
            if (!facts[i].MayStartName)
            {
                continue;
            }

            var run = 0;
            while (run < index.MaxAliasTokens && i + run < tokens.Count && !consumed[i + run] && !tokens[i + run].IsSymbol)
            {
                run++;
            }

            words.Start(i, run);

            for (var length = run; length >= 1; length--)
            {
                var end = i + length;

                // "Nimbus-3" is not "Nimbus": a name glued to a number names something else.
                if (tokens[end - 1].JoinedToNext && end < tokens.Count && tokens[end].IsNumber)
                {
                    continue;
                }

                if (aliases.TryGetValue(words.Prefix(length), out var entity))
                {
                    mentions.Add(new Mention(MentionKind.Entity, i, end, entity.Name) { Entity = entity });
                    for (var k = i; k < end; k++)
                    {
                        consumed[k] = true;
                    }

                    i = end - 1;
                    break;
                }
            }
        }
    }

    // Relation words first, then context words in what is left, so a context phrase ("not sharing") cannot hide
    // a relation word ("share") from the records that need it.
    private List<TermOccurrence> FindTerms(List<Token> tokens, bool[] quantity, List<Mention> mentions, HashSet<int> particles, TermLookups lookups)
    {
        var taken = (bool[])quantity.Clone();
        var found = new List<TermOccurrence>();
        JoinPhrasalVerbs(tokens, taken, found, mentions, particles);
        Scan(tokens, taken, found, relationOnly: true, lookups, index.MaxTermTokens);
        Scan(tokens, taken, found, relationOnly: false, lookups, index.MaxTermTokens);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    // "turned Ada down", "pushed him out": a phrasal verb with its object between verb and particle reads as the verb.
    private void JoinPhrasalVerbs(List<Token> tokens, bool[] taken, List<TermOccurrence> found, List<Mention> mentions, HashSet<int> particles)
    {
        for (var i = 2; i < tokens.Count; i++)
        {
            if (!LanguageWords.Particles.Contains(tokens[i].Text) || taken[i])
            {
                continue;
            }

            for (var verb = i - 2; verb >= 0 && verb >= i - 4; verb--)
            {
                var between = Enumerable.Range(verb + 1, i - verb - 1);
                if (!between.All(k => LanguageWords.ObjectPronouns.Contains(tokens[k].Text) || mentions.Any(m => m.Start <= k && k < m.End))
                    || taken[verb] || !index.EnglishTerms.TryGetValue(tokens[verb].EnglishStem + tokens[i].EnglishStem, out var uses))
                {
                    continue;
                }

                found.Add(new TermOccurrence(verb, verb + 1, uses.Distinct().ToArray()));
                taken[verb] = taken[i] = true;
                particles.Add(i);
                break;
            }
        }
    }

    private static void Scan(List<Token> tokens, bool[] taken, List<TermOccurrence> found, bool relationOnly, TermLookups lookups, int maxTermTokens)
    {
        var i = 0;
        while (i < tokens.Count)
        {
            // The longest run of free tokens from here.
            var run = 0;
            while (run < maxTermTokens && i + run < tokens.Count && !taken[i + run] && !(tokens[i + run].IsSymbol && tokens[i + run].Text is not "$"))
            {
                run++;
            }

            // The longest term wins the tokens; shorter terms from the same start add their uses
            // ("for-profit business" is also "for-profit", an antonym of "non-profit").
            List<TermUse>? uses = null;
            var longest = 0;
            for (var length = run > 1 ? Math.Min(run, lookups.Reach(i)) : run; length >= 1; length--)
            {
                // A function word alone is never a term, whatever a stemmer makes of it ("sur" is not "sûrs").
                if (length == 1 && lookups.IsFunctionWord(i))
                {
                    continue;
                }

                var (en, fr) = lookups.At(i, length);
                var qualifies = en is not null && Add(ref uses, en, length, relationOnly);
                qualifies |= fr is not null && Add(ref uses, fr, length, relationOnly);
                if (qualifies && longest == 0)
                {
                    longest = length;
                }
            }

            if (longest > 0)
            {
                if (longest > 1)
                {
                    AddSuffixUses(tokens, i, longest, uses!, lookups);
                }

                found.Add(new TermOccurrence(i, i + longest, TermUse.Distinct(uses!)));
                for (var k = i; k < i + longest; k++)
                {
                    taken[k] = true;
                }

                i += longest;
            }
            else
            {
                i++;
            }
        }
    }

    // Adds a term's uses (spanning length tokens); true when the term may open a span in this scan.
    private static bool Add(ref List<TermUse>? uses, IReadOnlyList<TermUse> found, int length, bool relationOnly)
    {
        uses ??= new List<TermUse>(found.Count);
        var qualifies = !relationOnly;
        foreach (var use in found)
        {
            uses.Add(length == 1 ? use : use with { Length = length });
            qualifies |= use.Kind != TermUseKind.Context;
        }

        return qualifies;
    }

    // Terms ending inside the span speak for other records too ("was created" is also "created"); a record the span
    // already names keeps its reading ("non-exclusive" is not also "exclusive").
    private static void AddSuffixUses(List<Token> tokens, int i, int longest, List<TermUse> spanUses, TermLookups lookups)
    {
        // "closed source" is the opposite of a relation: its "source" is no paraphrase of a record's own "source ouvert".
        var named = new HashSet<int>();
        var opposes = false;
        foreach (var use in spanUses)
        {
            named.Add(use.Record);
            opposes |= use.Kind == TermUseKind.Antonym;
        }

        for (var j = i + 1; j < i + longest; j++)
        {
            // "was created" is also "created" (as relation or context), but "non lucratif" is not the relation
            // "lucratif", nor "à sa création" the creation of something: a shorter term speaks for another
            // record's relation only after auxiliaries; as context it always accounts for its words.
            var relation = OnlyAuxiliaries(tokens, i, j)
                || (j == i + 1 && tokens[i].JoinedToNext && !LanguageWords.Negations.Contains(tokens[i].Text) && tokens[i].Text is not ("non" or "not" or "un" or "anti"));
            var length = i + longest - j;
            var (en, fr) = lookups.At(j, length);
            foreach (var list in (ReadOnlySpan<IReadOnlyList<TermUse>?>)[en, fr])
            {
                foreach (var use in list ?? [])
                {
                    if (!named.Contains(use.Record) && (relation || (use.Kind == TermUseKind.Context && !opposes)))
                    {
                        spanUses.Add(use with { Length = length });
                    }
                }
            }
        }
    }

    private static bool OnlyAuxiliaries(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (!LanguageWords.PassiveAuxiliaries.Contains(tokens[k].Text) && !LanguageWords.QuestionAuxiliaries.Contains(tokens[k].Text))
            {
                return false;
            }
        }

        return true;
    }

    // "À en croire Ada, …", "according to Ada": a phrase that names who says it is no relation word ("croire" is not
    // a belief here). One-word markers ("selon", "per") are left to the term scan: they are no terms anyway.
    // The phrase is explained by who says it, so its words are silent.
    private static HashSet<int> BlockAttributionPhrases(List<Token> tokens, bool[] blocked, List<Mention> mentions)
    {
        var silent = new HashSet<int>();
        foreach (var mention in mentions.Where(m => m.Kind is MentionKind.Entity or MentionKind.UnknownName))
        {
            if (LanguageWords.AttributionMarkers.TryMatchEndingAt(tokens, 0, mention.Start, out var length) && length > 1)
            {
                Array.Fill(blocked, true, mention.Start - length, length);
                silent.UnionWith(Enumerable.Range(mention.Start - length, length));
            }
        }

        return silent;
    }

    // "la société à but lucratif", "l'entreprise commerciale": a common noun that names the entity ("la société") but
    // that a longer phrase of the lexicon continues names that phrase's thing, not the entity.
    private void DropAliasesInsidePhrases(List<Token> tokens, bool[] named, List<Mention> mentions, TermLookups lookups)
    {
        for (var n = mentions.Count - 1; n >= 0; n--)
        {
            var m = mentions[n];
            if (m.Entity is not null && m.End - m.Start >= 2 && LanguageWords.Determiners.Contains(tokens[m.Start].Text) && ContinuedPhrase(tokens.Count, m, lookups))
            {
                Array.Fill(named, false, m.Start, m.End - m.Start);
                mentions.RemoveAt(n);
            }
        }
    }

    private bool ContinuedPhrase(int count, Mention mention, TermLookups lookups)
    {
        var noun = mention.Start + 1;
        for (var length = mention.End - noun + 1; length <= index.MaxTermTokens && noun + length <= count; length++)
        {
            var (english, french) = lookups.At(noun, length);
            if (english is not null || french is not null)
            {
                return true;
            }
        }

        return false;
    }

    // "the 'Open' in OpenLabs": a quoted word that begins a name the claim names is that piece of the name,
    // mentioned, not used; it says nothing about being open.
    private static HashSet<int> QuotedNameParts(List<Token> tokens, List<Mention> mentions)
    {
        var parts = new HashSet<int>();
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            var word = tokens[i].Text;
            if (tokens[i - 1].Text == "\"" && tokens[i + 1].Text == "\"" && !tokens[i].IsSymbol && word.Length >= 2
                && mentions.Exists(m => m.Entity is not null && tokens.Skip(m.Start).Take(m.End - m.Start).Any(t => t.Text.Length > word.Length && t.Text.StartsWith(word, StringComparison.Ordinal))))
            {
                parts.Add(i);
            }
        }

        return parts;
    }

    private static HashSet<int> OwnAfterPossessives(List<Token> tokens)
    {
        var owns = new HashSet<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (LanguageWords.OwnWords.Contains(tokens[i].Text) && LanguageWords.Possessives.Contains(tokens[i - 1].Text))
            {
                owns.Add(i);
            }
        }

        return owns;
    }

    // "Ada ne fait plus partie de …", "faisait partie des fondateurs": "partie" after "fait" (within three words) is
    // "being part of", no departure ("partir"); the idiom says membership and needs no record of its own. "came back"
    // is a return, not the "back" of backing a company.
    private static List<int> BlockLightVerbNouns(List<Token> tokens, bool[] blocked)
    {
        var idioms = new List<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            // "paid it back", but not "took over Acme back in 2018": a date after a preposition makes it a time word.
            if (!LanguageWords.LightVerbNouns.TryGetValue(tokens[i].Text, out var verbs)
                || (i + 1 < tokens.Count && LanguageWords.LightVerbNounsUnless.TryGetValue(tokens[i].Text, out var unless) && unless.Contains(tokens[i + 1].Text))
                || (i + 2 < tokens.Count && LanguageWords.GoverningPrepositions.Contains(tokens[i + 1].Text) && tokens[i + 2].IsNumber))
            {
                continue;
            }

            var verb = Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).LastOrDefault(k => verbs.Contains(tokens[k].Text), -1);
            if (verb >= 0)
            {
                blocked[i] = blocked[verb] = true;
                idioms.Add(verb);
                idioms.Add(i);
            }
        }

        return idioms;
    }

    // "@factbot", "@jdoe": a handle no alias names addresses someone in the chat; it is no name and no content.
    // "… selon Acme #IA #cybersécurité": hashtags closing a message, two or more or set off by punctuation,
    // tag its topics; a word among them needs no record to explain it (a name among them is still a name).
    private static IEnumerable<int> ClosingTags(List<Token> tokens)
    {
        var end = tokens.Count;
        while (end > 0 && tokens[end - 1].IsSymbol)
        {
            end--;
        }

        var start = end;
        while (start > 0 && tokens[start - 1].Hashtag)
        {
            start--;
        }

        return end - start >= 2 || (end > start && start > 0 && tokens[start - 1].IsSymbol) ? Enumerable.Range(start, end - start) : [];
    }

    private static List<int> Handles(List<Token> tokens, bool[] named)
    {
        var handles = new List<int>();
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].Text == "@" && tokens[i - 1].JoinedToNext && !named[i] && !tokens[i].IsSymbol)
            {
                named[i] = true;
                handles.Add(i);
            }
        }

        return handles;
    }

    // "the Ada Quill Foundation", "la fondation Quill": an organisation named after a person is someone else, whom the
    // records do not know; its noun is part of the name, not a relation word ("foundation" is no founding).
    private static void NameOrganisationsAfterPeople(List<Token> tokens, bool[] named, List<Mention> mentions)
    {
        for (var m = 0; m < mentions.Count; m++)
        {
            var person = mentions[m];
            if (person.Entity is not { Type: EntityType.Person })
            {
                continue;
            }

            var (start, end) = (person.Start, person.End);
            if (end < tokens.Count && !named[end] && LanguageWords.OrganisationNouns.Contains(tokens[end].Text))
            {
                end++;
            }
            else if (start > 0 && !named[start - 1] && LanguageWords.OrganisationNouns.Contains(tokens[start - 1].Text))
            {
                start--;
            }
            else
            {
                continue;
            }

            named[start] = named[end - 1] = true;
            mentions[m] = new Mention(MentionKind.UnknownName, start, end, string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Surface)));
        }
    }

    // "it was Wired, not …": a word capitalised inside a sentence of lower-case words is a name, even when it spells a
    // relation word. Title-case and shouted text capitalises every word, an acronym or a shouted word ("AI", "FAILED")
    // every letter; a word next to a name may be part of it.
    private static IReadOnlySet<int> CapitalizedMidSentence(List<Token> tokens, bool[] named)
    {
        var (words, capitals) = (0, 0);
        for (var i = 1; i < tokens.Count; i++)
        {
            var word = !tokens[i].IsSymbol && !tokens[i].IsNumber && tokens[i].Text.Length >= 2;
            words += word ? 1 : 0;
            capitals += word && tokens[i].Capitalized ? 1 : 0;
        }

        if (capitals == 0 || capitals * 2 > words)
        {
            return FrozenSet<int>.Empty;
        }

        var found = new HashSet<int>();

        for (var i = 1; i < tokens.Count; i++)
        {
            var inside = !tokens[i - 1].IsSymbol && !named[i - 1] && !named[i] && (i + 1 == tokens.Count || !named[i + 1]);
            if (inside && tokens[i] is { Capitalized: true, IsSymbol: false, IsNumber: false } token && token.Surface.Skip(1).Any(char.IsLower))
            {
                found.Add(i);
            }
        }

        return found;
    }

    private static void FindUnknownNames(List<Token> tokens, bool[] named, bool[] inTerm, HashSet<int> discourse, List<Mention> mentions)
    {
        var (letters, capitals) = (0, 0);
        foreach (var token in tokens)
        {
            letters += token.IsSymbol || token.IsNumber ? 0 : 1;
            capitals += token.IsSymbol || token.IsNumber || !token.Capitalized ? 0 : 1;
        }

        var shouting = letters >= 2 && capitals >= letters * 0.8;
        if (shouting)
        {
            return;
        }

        for (var i = 0; i < tokens.Count; i++)
        {
            if (discourse.Contains(i) || !IsNameWord(tokens, i, named, inTerm))
            {
                continue;
            }

            var start = i;
            var end = i + 1;
            while (end < tokens.Count && !discourse.Contains(end) && (IsNameWord(tokens, end, named, inTerm)
                || (tokens[end].IsNumber && tokens[end - 1].JoinedToNext && !named[end])))
            {
                end++;
            }

            var text = string.Join(' ', tokens.Skip(start).Take(end - start).Select(t => t.Surface));
            mentions.Add(new Mention(MentionKind.UnknownName, start, end, text));
            i = end - 1;
        }
    }

    private static bool IsNameWord(List<Token> tokens, int i, bool[] named, bool[] inTerm)
    {
        var token = tokens[i];
        if (named[i] || inTerm[i] || token.IsSymbol || token.IsNumber || !token.Capitalized || token.Text.Length < 2)
        {
            return false;
        }

        return !LanguageWords.English.Contains(token.Text) && !LanguageWords.French.Contains(token.Text)
            && !LanguageWords.Greetings.Contains(token.Text) && !LanguageWords.WhQuestions.Contains(token.Text)
            && !LanguageWords.QuestionAuxiliaries.Contains(token.Text) && !LanguageWords.Negations.Contains(token.Text)
            && !LanguageWords.CommonOpeners.Contains(token.Text) && !LanguageWords.Requests.Contains(token.Text)
            && !NumberWords.Units.ContainsKey(token.Text) && !NumberWords.Scales.ContainsKey(token.Text);
    }

    // The tokens of every phrase of the list, left to right.
    private static HashSet<int> Phrases(List<Token> tokens, PhraseSet<bool> phrases)
    {
        var found = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (phrases.TryMatchAt(tokens, i, out var length, out _))
            {
                found.UnionWith(Enumerable.Range(i, length));
                i += length - 1;
            }
        }

        return found;
    }

    // "Who knew, …", "quelle surprise, …": a discourse phrase before the claim asks nothing.
    private static (bool Wh, bool YesNo) QuestionKind(List<Token> tokens, HashSet<int> discourse, bool asks)
    {
        var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(k => !discourse.Contains(k) && !tokens[k].IsSymbol && !LanguageWords.Greetings.Contains(tokens[k].Text)
            && tokens[k].Text is not ("so" or "and" or "but" or "alors" or "et" or "mais" or "donc"), -1);
        if (first < 0)
        {
            return (false, asks);
        }

        var word = tokens[first].Text;
        if (LanguageWords.Requests.Contains(word))
        {
            // "Tell me about …", "Explique-moi …": a request, not a claim.
            return (true, false);
        }

        var inverted = tokens.Any(t => t.Text is "il" or "elle" or "t") && asks;
        if (LanguageWords.WhQuestions.Contains(word) && (asks || inverted || word is not ("when" or "where" or "ou" or "que")))
        {
            // "Who founded …?", "Quand … ?"; "Which company …?"
            return (true, false);
        }

        // "y avait combien de fondateurs ?": a question word in the answer's place asks, whatever comes first.
        if (asks && Enumerable.Range(first, tokens.Count - first).Any(k => LanguageWords.InSituQuestions.TryMatchAt(tokens, k, tokens.Count, out _, out _)))
        {
            return (true, false);
        }

        // "isn't Bo the CEO now", without its question mark: no statement opens with a negated auxiliary.
        var yesNo = asks || LanguageWords.QuestionAuxiliaries.Contains(word) && tokens.Count > first + 2 && !tokens[first + 1].IsSymbol && tokens[first + 1].Text == "not"
            || (word == "est" && first + 2 < tokens.Count && tokens[first + 1].Text == "ce" && tokens[first + 2].Text == "que");
        return (false, yesNo);
    }
}
