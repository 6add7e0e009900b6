using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Cuts a claim into clauses, so each date, amount and name is compared with the predicate of its own clause:
/// a participial or nominal opener ("Founded in 2015, Acme …"), relative clauses and appositions about the name
/// before them ("Ada, who co-founded it in 2015, …", "Ada, cofondateur d'Acme, …"), subordinate clauses
/// ("after …", "parce que …"), then coordinated clauses ("… and …", "…, he stayed"). Each clause borrows the subject it
/// lacks. The marker words are the languages' lists.
/// </summary>
internal static class ClauseReader
{
    private const int MaxAppositionTokens = 9;
    private static readonly FrozenSet<string> RelativePronouns = LanguageData.Both("relativePronouns");
    private static readonly PhraseSet<bool> CleftFrames = PhraseList.Of("cleftFrames");
    private static readonly FrozenSet<string> CleftPronouns = LanguageData.Both("cleftPronouns");
    private static readonly FrozenSet<string> SubjectPronouns = LanguageData.Both("subjectPronouns");
    private static readonly FrozenSet<string> OffsetWords = LanguageData.Both("offsetWords");
    private static readonly PhraseSet<bool> PluralSubjects = PhraseList.Of("pluralSubjects");
    private static readonly FrozenSet<string> PersonPronouns = LanguageData.Both("personPronouns");
    private static readonly FrozenSet<string> SingularPersonPronouns = LanguageData.Both("singularPersonPronouns");
    private static readonly FrozenSet<string> ThingPronouns = LanguageData.Both("thingPronouns");
    private static readonly FrozenSet<string> AttemptVerbs = LanguageData.Both("attemptVerbs");
    private static readonly FrozenSet<string> OutcomeVerbs = LanguageData.Both("outcomeVerbs");
    private static readonly PhraseSet<bool> Subordinators = PhraseList.Of("subordinators");
    private static readonly Dictionary<string, OrderMarker> Temporal = Markers("temporalSubordinators");
    private static readonly Dictionary<string, OrderMarker> Sequence = Markers("sequenceWords");
    private static readonly PhraseSet<OrderMarker> SequencePhrases = new(Sequence.Select(kv => (kv.Key, kv.Value)));
    private static readonly FrozenSet<string> ShortlyWords = LanguageData.Both("shortlyWords");

    public static IReadOnlyList<Clause> Read(ClaimReading claim)
    {
        var plan = new Plan(claim);
        plan.MarkOpener();
        plan.MarkRelativesAndAppositions();
        plan.MarkSubordinates();
        plan.MarkCoordinates();
        plan.MarkCorrections();
        return plan.Build();
    }

    // Phrase (tokenized as a claim, words joined by spaces) to what it says about order.
    private static Dictionary<string, OrderMarker> Markers(string map) => LanguageData.All
        .SelectMany(l => l.Map(string.Empty, map))
        .GroupBy(kv => string.Join(' ', Tokenizer.Tokenize(kv.Key).Where(t => !t.IsSymbol).Select(t => t.Text)))
        .ToDictionary(g => g.Key, g => g.First().Value.GetString() == "First" ? OrderMarker.Before : Enum.Parse<OrderMarker>(g.First().Value.GetString()!), StringComparer.Ordinal);

    private sealed class Plan(ClaimReading claim)
    {
        private readonly IReadOnlyList<Token> tokens = claim.Tokens;
        private readonly int[] owner = new int[claim.Tokens.Count];
        private readonly List<Spec> clauses = [new(ClauseKind.Main, null)];
        private readonly List<Mention> focus = [];

        // "Founded in 2015, Acme …": a relation word first, a comma, then the subject and a predicate of its own.
        public void MarkOpener()
        {
            var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => !tokens[i].IsSymbol, -1);
            var comma = first < 0 ? -1 : FindComma(first);
            if (first < 0 || comma < 0 || !RelationStartsAt(first))
            {
                return;
            }

            // "À l'origine, …", "Initially, …": a lone adverbial says when the main clause holds, it is no clause.
            if (!claim.Mentions.Any(m => m.Start >= first && m.End <= comma) && !claim.Terms.Any(t => t.Start > first && t.End <= comma && t.IsRelationWord))
            {
                return;
            }

            var subject = claim.Mentions.FirstOrDefault(m => m.Start > comma && m.Kind is MentionKind.Entity or MentionKind.UnknownName);
            if (subject is not null && HasRelation(comma + 1, tokens.Count, 0))
            {
                Assign(first, comma, ClauseKind.Opener, subject);

                // "Founded as a non-profit, Acme later became …": a sequence word of the main clause puts it after the opener.
                if (TakeSequenceWords(clauses.Count - 1, comma, 0, out _))
                {
                    clauses[0].Order = OrderMarker.Then;
                    clauses[0].OffsetYears = TakeYearsBeforeLater(0);
                }
            }
        }

        // "Globex, not Acme, invested …", "Globex et pas Acme": the name a correction keeps is stressed as a cleft's is.
        public void MarkCorrections()
        {
            foreach (var rejected in claim.Rejected)
            {
                var k = rejected.Start - 1;
                while (k > 0 && LanguageWords.Negations.Contains(tokens[k].Text))
                {
                    k--;
                }

                if (rejected.Entity is not null && k < rejected.Start - 1 && MentionEndingAt(tokens[k].IsSymbol || LanguageWords.ClauseJoiners.Contains(tokens[k].Text) ? k : k + 1) is { Entity: not null } kept)
                {
                    focus.Add(kept);
                }
            }
        }

        public void MarkRelativesAndAppositions()
        {
            for (var i = 1; i < tokens.Count; i++)
            {
                if (owner[i] != 0)
                {
                    continue;
                }

                if (IsZeroRelative(i) is { } amount)
                {
                    // "the billion he had promised": a clause about the amount, with no pronoun to mark it.
                    var close = FindComma(i) is var comma && comma > 0 ? comma : tokens.Count;
                    Assign(i, close, ClauseKind.Relative, amount);
                    i = close;
                    continue;
                }

                var antecedent = MentionEndingAt(tokens[i - 1].Text == "," ? i - 1 : i);
                if (antecedent is null)
                {
                    continue;
                }

                // "it was Acme that …": a cleft may use "that", which is no relative pronoun of its own.
                if ((RelativePronouns.Contains(tokens[i].Text) || CleftPronouns.Contains(tokens[i].Text)) && tokens[i - 1].Text != "," && IsCleft(antecedent, i))
                {
                    continue;
                }

                if (RelativePronouns.Contains(tokens[i].Text) && !(tokens[i].Text == "dont" && MentionStartingAt(i + 1) is not null))
                {
                    var end = FindComma(i) is var c && c > 0 ? c : tokens.Count;
                    Assign(i, end, ClauseKind.Relative, antecedent);
                    i = end;
                }
                else if (tokens[i - 1].Text == "," && antecedent.Entity is not null && owner[antecedent.Start] == 0 && FindComma(i) is var close && close > i
                    && close - i <= MaxAppositionTokens && HasRelation(i, close, 0) && close + 1 < tokens.Count && !SubjectPronouns.Contains(tokens[close + 1].Text))
                {
                    // "Ada, cofondateur d'Acme, a quitté …": an apposition names what the person is.
                    Assign(i, close, ClauseKind.Relative, antecedent);
                    i = close;
                }
            }
        }

        // An amount directly followed by a pronoun and, within three words, a relation verb of its own
        // ("$1bn he had promised"); English drops the relative pronoun, French never does ("qu'il avait promis").
        private Mention? IsZeroRelative(int i) =>
            claim.Language == Language.English && (PersonPronouns.Contains(tokens[i].Text) || ThingPronouns.Contains(tokens[i].Text)) && HasRelation(i + 1, Math.Min(i + 4, tokens.Count), 0)
                ? claim.Mentions.FirstOrDefault(m => m.End == i && m.Kind == MentionKind.Money)
                : null;

        // "c'est Acme qui a investi …", "it was Ada who left": the frame and the pronoun only stress the names, which
        // are the subject of what follows. Both leave the clause, so the names stand before the verb as its subject.
        private bool IsCleft(Mention antecedent, int pronoun)
        {
            var names = antecedent.Start;
            while (names > 1 && tokens[names - 1].Text is "et" or "and" or "," && MentionEndingAt(names - 1) is { } before)
            {
                names = before.Start;
            }

            for (var frame = Math.Max(0, names - 2); frame < names; frame++)
            {
                var opens = frame == 0 || tokens[frame - 1].IsSymbol || LanguageWords.ClauseJoiners.Contains(tokens[frame - 1].Text);
                if (opens && owner[frame] == 0 && CleftFrames.TryMatchAt(tokens, frame, names, out var length, out _) && frame + length == names)
                {
                    Array.Fill(owner, -1, frame, length);
                    owner[pronoun] = -1;
                    focus.AddRange(claim.Mentions.Where(m => m.Start >= names && m.End <= antecedent.End && m.Kind is MentionKind.Entity or MentionKind.UnknownName));
                    return true;
                }
            }

            return false;
        }

        // "because …", "after he left …", "Trois ans après la fondation d'Acme, …": up to the next comma.
        public void MarkSubordinates()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var length = owner[i] == 0 ? SubordinatorAt(i) : 0;

                // A reason stays in its clause: the record that states the fact usually states why ("because of").
                if (length == 0 || !Temporal.ContainsKey(string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text))))
                {
                    continue;
                }

                var start = i;
                // "three years after": the gap joins the marker; "in 2017 after …" keeps its year in the clause it dates.
                while (start > 0 && owner[start - 1] == 0 && !InValue(start - 1) && (OffsetWords.Contains(tokens[start - 1].Text) || tokens[start - 1].IsNumber
                    || NumberWords.Units.ContainsKey(tokens[start - 1].Text) || claim.Mentions.Any(m => m.Kind == MentionKind.Number && m.End == start)))
                {
                    start--;
                }

                var end = FindComma(i + length) is var c && c > 0 ? c : tokens.Count;
                if (end == tokens.Count && !HasRelation(0, start, 0) && UnmarkedEnd(i + length) is var unmarked && unmarked > 0)
                {
                    end = unmarked;
                }

                if (!HasRelation(i + length, end, 0) || !HasRelation(0, start, 0) && !HasRelation(end, tokens.Count, 0))
                {
                    // "after 2018", "before the deadline": a time, not a clause; nor is a subordinate with no main clause.
                    continue;
                }

                var spec = Assign(start, end, ClauseKind.Subordinate, null);
                var marker = string.Join(' ', tokens.Skip(i).Take(length).Select(t => t.Text));
                spec.Order = Temporal.GetValueOrDefault(marker);
                spec.OffsetYears = Offset(start, i);
                // "just two weeks after" names a gap finer than the records' years, however short it says it is.
                spec.UnstatedGap = spec.OffsetYears is null && Enumerable.Range(start, i - start).Any(k => LanguageWords.TimeNouns.Contains(tokens[k].Text));
                spec.Shortly = !spec.UnstatedGap && Enumerable.Range(start, i - start).Any(k => ShortlyWords.Contains(tokens[k].Text));
                for (var k = start; k < i + length; k++)
                {
                    owner[k] = -1;
                }

                i = end;
            }
        }

        // "… and …", "… but …", "…, he stayed": both sides need a relation word; a list of names joins what follows.
        public void MarkCoordinates()
        {
            var count = clauses.Count;
            for (var id = 0; id < count; id++)
            {
                var current = id;
                var cut = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => owner[i] == current && IsJoint(i, current), -1);
                while (cut >= 0)
                {
                    var next = clauses.Count;
                    clauses.Add(new(current == 0 ? ClauseKind.Coordinate : clauses[current].Kind, clauses[current].Antecedent));
                    for (var i = cut + 1; i < tokens.Count; i++)
                    {
                        owner[i] = owner[i] == current ? next : owner[i];
                    }

                    // "… then …", "… and later …", "d'abord … puis …": the second clause follows the first.
                    clauses[next].Order = TakeSequenceWords(current, cut, next, out var consequence) ? (consequence ? OrderMarker.Therefore : OrderMarker.Then) : OrderMarker.None;
                    clauses[next].OffsetYears = clauses[next].Order == OrderMarker.Then ? TakeYearsBeforeLater(next) : null;
                    owner[cut] = -1;
                    current = next;
                    cut = Enumerable.Range(cut + 1, tokens.Count - cut - 1).FirstOrDefault(i => owner[i] == current && IsJoint(i, current), -1);
                }
            }
        }

        public List<Clause> Build()
        {
            var result = new List<Clause>();
            IReadOnlyList<Mention> previousSubject = [];
            var allSubjects = new List<Mention>();
            IReadOnlyList<Mention> previousMentions = [];
            var previousAttempt = false;
            var mainSubject = OwnSubject(0);
            for (var id = 0; id < clauses.Count; id++)
            {
                var members = owner.Select(o => o == id).ToArray();
                if (!members.Contains(true))
                {
                    continue;
                }

                var (kind, antecedent) = (clauses[id].Kind, clauses[id].Antecedent);
                var own = OwnSubject(id);
                IReadOnlyList<Mention> inherited = kind switch
                {
                    ClauseKind.Relative => antecedent is null ? [] : [antecedent],
                    ClauseKind.Opener => antecedent is null ? [] : Coordinated(antecedent, mainSubject),
                    _ when own.Length > 0 => [],
                    // "after the release of Nimbus", "après la création de la société": a noun phrase that names its
                    // own parties is about them, not about the subject ("after the refusal" still is).
                    ClauseKind.Subordinate when IsNamingNounPhrase(members) || IsOwnPassive(members) => [],
                    ClauseKind.Subordinate => OnePerson(members, mainSubject, MentionsOf(0)),
                    _ when StartsWithPlural(members) => allSubjects.Distinct().ToArray(),
                    _ => OnePerson(members, Referent(members, previousSubject, previousMentions, previousAttempt), previousMentions),
                };
                var first = Array.IndexOf(members, true);
                // "he …", "his investment …": the clause names its borrowed subject itself.
                var pronoun = first >= 0 && (SubjectPronouns.Contains(tokens[first].Text) || (kind == ClauseKind.Subordinate && LanguageWords.Possessives.Contains(tokens[first].Text)));
                result.Add(Clause.Of(claim, members, inherited, kind) with
                {
                    Order = clauses[id].Order,
                    OffsetYears = clauses[id].OffsetYears,
                    Shortly = clauses[id].Shortly,
                    UnstatedGap = clauses[id].UnstatedGap,
                    // A participle's subject is the one it borrows ("Acme left, investing …", "Launched in 2015, Nimbus
                    // …"): it may refute a party.
                    NamesInherited = kind == ClauseKind.Relative || ((pronoun || kind == ClauseKind.Opener || (kind == ClauseKind.Coordinate && StartsParticiple(first))) && inherited.Count > 0),
                    Focus = focus.Count == 0 ? FrozenSet<Mention>.Empty : focus.Where(m => members[m.Start]).ToFrozenSet(),
                });
                if (kind is ClauseKind.Main or ClauseKind.Coordinate)
                {
                    previousSubject = own.Length > 0 ? own : inherited;
                    previousMentions = claim.Mentions.Where(m => m.Entity is not null && members[m.Start]).ToArray();
                    previousAttempt = Enumerable.Range(0, tokens.Count).Any(k => members[k] && AttemptVerbs.Contains(tokens[k].Text));
                    allSubjects.AddRange(own);
                }
            }

            return result.Count > 0 ? result : [Clause.Of(claim, 0, tokens.Count, [])];
        }

        // "Ada and Bo turned Cy down when he offered …": "he" is one person, never the pair; it is the other person
        // the clause names when there is exactly one (with none or several, the pair stays, and nothing is settled).
        // The mentions are only read when that is asked.
        private IReadOnlyList<Mention> OnePerson(bool[] members, IReadOnlyList<Mention> subject, IEnumerable<Mention> mentions)
        {
            var first = Array.IndexOf(members, true);
            if (first < 0 || !SingularPersonPronouns.Contains(tokens[first].Text) || subject.Count(IsPerson) < 2)
            {
                return subject;
            }

            var others = mentions.Where(m => IsPerson(m) && !subject.Any(s => s.Entity == m.Entity)).DistinctBy(m => m.Entity).ToArray();
            return others.Length == 1 ? [others[0]] : subject;
        }

        private static bool IsPerson(Mention mention) => mention.Entity is { Type: EntityType.Person };

        private IEnumerable<Mention> MentionsOf(int id) => claim.Mentions.Where(m => m.Entity is not null && owner[m.Start] == id);

        // "he" stands for a person of the clause before, "it" for a thing: "Ada founded Acme, and it later created …".
        // "Ada tried to buy Acme and it failed": there "it" is the attempt, whose outcome is its agent's.
        private IReadOnlyList<Mention> Referent(bool[] members, IReadOnlyList<Mention> subject, IReadOnlyList<Mention> mentions, bool afterAttempt)
        {
            var first = Array.IndexOf(members, true);
            if (first < 0 || !(PersonPronouns.Contains(tokens[first].Text) || ThingPronouns.Contains(tokens[first].Text)))
            {
                return subject;
            }

            var person = PersonPronouns.Contains(tokens[first].Text);
            if (!person && afterAttempt && Enumerable.Range(first + 1, Math.Min(3, tokens.Count - first - 1)).Any(k => members[k] && OutcomeVerbs.Contains(tokens[k].Text)))
            {
                return subject;
            }

            bool Fits(Mention m) => (m.Entity!.Type == EntityType.Person) == person;
            return subject.Any(Fits) ? subject.Where(Fits).ToArray() : mentions.LastOrDefault(Fits) is { } other ? [other] : subject;
        }

        // A noun phrase ("the release of Nimbus", "la création de la société") names a party of its own and has no verb
        // of being; "the refusal of his offer" and "son investissement dans la société" are still about the subject.
        private bool IsNamingNounPhrase(bool[] members)
        {
            var first = Array.IndexOf(members, true);
            return first >= 0 && LanguageWords.Determiners.Contains(tokens[first].Text) && !LanguageWords.Possessives.Contains(tokens[first].Text)
                && (claim.Mentions.Any(m => m.Kind == MentionKind.Entity && members[m.Start]) || HasOwnComplement(members, first))
                && !Enumerable.Range(first, tokens.Count - first).Any(k => members[k] && (LanguageWords.Copulas.Contains(tokens[k].Text) || LanguageWords.PassiveAuxiliaries.Contains(tokens[k].Text)));
        }

        // "of the company", "de la société": a complement led by an article, not by a possessive.
        private bool HasOwnComplement(bool[] members, int first)
        {
            for (var k = first + 1; k + 1 < tokens.Count; k++)
            {
                var article = LanguageWords.ContractedArticles.Contains(tokens[k].Text)
                    || (LanguageWords.ComplementPrepositions.Contains(tokens[k].Text) && LanguageWords.Determiners.Contains(tokens[k + 1].Text)
                        && !LanguageWords.Possessives.Contains(tokens[k + 1].Text));
                if (members[k] && members[k + 1] && article)
                {
                    return true;
                }
            }

            return false;
        }

        // "before the company was created": a passive whose subject is a noun phrase of its own names no agent, so the
        // main subject is not its agent ("after his offer was rejected" still is about the subject).
        private bool IsOwnPassive(bool[] members)
        {
            var first = Array.IndexOf(members, true);
            return first >= 0 && LanguageWords.Determiners.Contains(tokens[first].Text) && !LanguageWords.Possessives.Contains(tokens[first].Text)
                && Enumerable.Range(first, tokens.Count - first).Any(k => members[k] && LanguageWords.PassiveAuxiliaries.Contains(tokens[k].Text));
        }

        // "both of them", "they", "ils", "tous les deux": every subject so far.
        private bool StartsWithPlural(bool[] members)
        {
            var first = Array.IndexOf(members, true);
            return first >= 0 && PluralSubjects.TryMatchAt(tokens, first, out _, out _);
        }

        // A joint ends one clause and starts the next: a joiner word, or a comma before a new subject and verb.
        private bool IsJoint(int i, int id)
        {
            var text = tokens[i].Text;
            var joiner = LanguageWords.ClauseJoiners.Contains(text)
                || (text == "," && i + 1 < tokens.Count && (SubjectPronouns.Contains(tokens[i + 1].Text) || MentionStartingAt(i + 1) is { Kind: MentionKind.Entity } || StartsParticiple(i + 1)));
            if (!joiner || claim.Terms.Any(t => t.IsRelationWord && t.Start <= i && i < t.End) || claim.Mentions.Any(m => m.Start <= i && i < m.End) || JoinsAPair(i) || JoinsCompanions(i))
            {
                return false;
            }

            // Both sides say something; names alone ("Ada and Bo founded …") belong to the clause that follows, and a
            // noun after "and" ("its direction and control") is not a clause of its own.
            return HasRelation(0, i, id) && HasRelation(i + 1, AttributionFrom(i + 1), id) && SaysEnoughAfter(i, id) && (text != "," || NamesBefore(i, id));
        }

        // "with Bo and a handful of others", "avec Bo et quelques autres": after a companion, "and" and a noun phrase
        // of how many lengthen the list of companions.
        private bool JoinsCompanions(int i) =>
            tokens[i].Text != "," && i + 1 < tokens.Count && claim.Mentions.FirstOrDefault(m => m.End == i && m.Kind == MentionKind.Entity) is { } companion
            && LanguageWords.Comitatives.EndsBefore(tokens, companion.Start)
            && LanguageWords.Quantifiers.Contains(tokens[i + 1].Text);

        // "the link between Acme and Cirrus", "le lien entre Acme et Cirrus": the "and" joins the two names of a pair.
        private bool JoinsAPair(int i) =>
            claim.Mentions.FirstOrDefault(m => m.End == i && m.Kind == MentionKind.Entity) is { } first && MentionStartingAt(i + 1) is { Kind: MentionKind.Entity }
            && first.Start > 0 && LanguageWords.PairPrepositions.Contains(tokens[first.Start - 1].Text);

        // "…, contributing only $100m", "…, ne contribuant qu'à …": a present participle after a comma says what the
        // subject did next, a clause of its own (a participle inside a phrase, "keeping it secret", has no comma).
        private bool StartsParticiple(int k)
        {
            if (k < tokens.Count && LanguageWords.Negations.Contains(tokens[k].Text))
            {
                k++;
            }

            return k < tokens.Count && (claim.Language == Language.English ? tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) : tokens[k].Text.EndsWith("ant", StringComparison.Ordinal))
                && claim.Terms.Any(t => t.IsRelationWord && t.Start == k);
        }

        // "… and Bo, according to a report by the Gazette": words after an attribution marker say who tells it, not
        // what happened, so they make no clause.
        private int AttributionFrom(int from)
        {
            for (var k = from; k < tokens.Count; k++)
            {
                if (LanguageWords.AttributionMarkers.TryMatchAt(tokens, k, out _, out _))
                {
                    return k;
                }
            }

            return tokens.Count;
        }

        // "À l'origine, Acme était …", "Initially, in 2015, Acme was …": words before a comma that name nobody are an
        // adverbial of what follows; a date alone names no one.
        private bool NamesBefore(int joint, int id) =>
            claim.Mentions.Any(m => m.End <= joint && owner[m.Start] == id && m.Kind is not (MentionKind.Year or MentionKind.Period))
            || Enumerable.Range(0, joint).Any(k => owner[k] == id && SubjectPronouns.Contains(tokens[k].Text));

        private bool SaysEnoughAfter(int joint, int id)
        {
            var after = Enumerable.Range(joint + 1, tokens.Count - joint - 1).Where(k => owner[k] == id && !tokens[k].IsSymbol).ToArray();
            return after.Length >= 3 || after.Any(k => SubjectPronouns.Contains(tokens[k].Text) || claim.Mentions.Any(m => m.Start == k))
                || !claim.Terms.Any(t => t.IsRelationWord && t.End == joint);
        }

        // "Founded in 2015, Ada and Bo's company …": the opener's subject is the first name after it and the names
        // joined to it by "and" or a comma, not every name before the main verb ("Nimbus a fait d'Acme …").
        private Mention[] Coordinated(Mention first, Mention[] subject)
        {
            var names = new List<Mention> { first };
            foreach (var next in subject.Where(m => m.Start > first.Start).OrderBy(m => m.Start))
            {
                var last = names[^1];
                if (next.Start != last.End + 1 || tokens[last.End].Text is not ("and" or "et" or ","))
                {
                    break;
                }

                names.Add(next);
            }

            return [.. names];
        }

        private Mention[] OwnSubject(int id)
        {
            // "It was reported that Ada …": a reporting frame the reading leaves silent is not the clause's verb.
            var relation = claim.Terms.FirstOrDefault(t => t.IsRelationWord && owner[t.Start] == id && !claim.Silent.Contains(t.Start));
            return relation is null ? [] : claim.Mentions.Where(m => m.Kind == MentionKind.Entity && owner[m.Start] == id && m.End <= relation.Start).ToArray();
        }

        private int SubordinatorAt(int i)
        {
            return Subordinators.TryMatchAt(tokens, i, out var length, out _) && !claim.Terms.Any(t => t.Start <= i && i < t.End) ? length : 0;
        }

        // The sequence words around a joint ("then" as the joint, "later" after it, "first" before it) leave the
        // clauses: they are what the order check reads.
        private bool TakeSequenceWords(int before, int joint, int after, out bool consequence)
        {
            var found = Sequence.TryGetValue(tokens[joint].Text, out var atJoint);
            consequence = found && atJoint == OrderMarker.Therefore;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (owner[i] != before && owner[i] != after)
                {
                    continue;
                }

                // "first" and "d'abord" are also words of an origin ("at first"); before "then" they only order.
                if (SequencePhrases.TryMatchAt(tokens, i, out var length, out var order) && Enumerable.Range(i, length).All(k => owner[k] == owner[i])
                    && !claim.Terms.Any(t => t.IsRelationWord && t.Start <= i && i < t.End && !(order == OrderMarker.Before && owner[i] == before && t.Start == i && t.End == i + length)))
                {
                    Array.Fill(owner, -1, i, length);
                    found = true;
                    consequence |= order == OrderMarker.Therefore;
                }
            }

            return found;
        }

        // "… and Bo left three years later", "deux ans plus tard": the years between this clause and the one before.
        private int? TakeYearsBeforeLater(int id)
        {
            for (var k = 1; k + 1 < tokens.Count; k++)
            {
                if (owner[k - 1] == id && owner[k] == id && owner[k + 1] == -1 && SequencePhrases.TryMatchAt(tokens, k + 1, out _, out var order)
                    && order == OrderMarker.Then && Offset(k - 1, k + 1) is { } years)
                {
                    owner[k - 1] = owner[k] = -1;
                    return years;
                }
            }

            return null;
        }

        // Part of a date or an amount, not a count of years.
        private bool InValue(int k) => claim.Mentions.Any(m => m.Kind != MentionKind.Number && m.Kind != MentionKind.Entity && m.Start <= k && k < m.End);

        // "three years after", "deux ans après": the number of years before the marker.
        private int? Offset(int start, int marker)
        {
            for (var k = start; k < marker; k++)
            {
                var years = k + 1 < marker && tokens[k + 1].Text is "years" or "year" or "ans" or "an" or "annees" or "annee";
                if (!years)
                {
                    continue;
                }

                if (claim.Mentions.FirstOrDefault(m => m.Kind == MentionKind.Number && m.End == k + 1) is { Amount: { } amount })
                {
                    return (int)amount;
                }

                if (NumberWords.Units.TryGetValue(tokens[k].Text, out var unit))
                {
                    return (int)unit;
                }
            }

            return null;
        }

        private Spec Assign(int from, int to, ClauseKind kind, Mention? antecedent)
        {
            var id = clauses.Count;
            var spec = new Spec(kind, antecedent);
            clauses.Add(spec);
            for (var k = from; k < to; k++)
            {
                if (owner[k] == 0)
                {
                    owner[k] = id;
                }
            }

            return spec;
        }

        // "after the $10bn deal Acme plugged …": chat drops the comma after an opening subordinate. It ends before the last
        // name or subject pronoun with a relation word on each side that no preposition, determiner or possessive governs.
        private int UnmarkedEnd(int from)
        {
            for (var p = tokens.Count - 1; p > from; p--)
            {
                if (StartsSubject(p) && !Governed(p - 1) && HasRelation(from, p, 0) && HasRelation(p, tokens.Count, 0))
                {
                    return p;
                }
            }

            return -1;
        }

        private bool StartsSubject(int p) =>
            SubjectPronouns.Contains(tokens[p].Text) || claim.Mentions.Any(m => m.Start == p && m.Kind == MentionKind.Entity);

        private bool Governed(int k) =>
            LanguageWords.Determiners.Contains(tokens[k].Text)
            || LanguageWords.Possessives.Contains(tokens[k].Text) || LanguageWords.GoverningPrepositions.Contains(tokens[k].Text)
            || LanguageWords.ContractedArticles.Contains(tokens[k].Text);

        private int FindComma(int from)
        {
            for (var k = from; k < tokens.Count; k++)
            {
                if (tokens[k].Text is "," or ";" || (tokens[k].Text is "(" or ")"))
                {
                    return k;
                }
            }

            return -1;
        }

        private bool RelationStartsAt(int i) => claim.Terms.Any(t => t.IsRelationWord && t.Start == i);

        private bool HasRelation(int from, int to, int id) =>
            claim.Terms.Any(t => t.IsRelationWord && t.Start >= from && t.End <= to && owner[t.Start] == id);

        private Mention? MentionEndingAt(int end) =>
            claim.Mentions.FirstOrDefault(m => m.End == end && m.Kind is MentionKind.Entity or MentionKind.UnknownName);

        private Mention? MentionStartingAt(int start) => claim.Mentions.FirstOrDefault(m => m.Start == start);
    }

    private sealed class Spec(ClauseKind kind, Mention? antecedent)
    {
        public ClauseKind Kind { get; } = kind;

        public Mention? Antecedent { get; } = antecedent;

        public OrderMarker Order { get; set; }

        public int? OffsetYears { get; set; }

        public bool Shortly { get; set; }

        public bool UnstatedGap { get; set; }
    }
}
