using System.Collections.Frozen;
using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Cuts a claim into clauses, so each date, amount and name is compared with the predicate of its own clause:
/// a participial or nominal opener ("Founded in 2015, OpenAI …"), relative clauses and appositions about the name
/// before them ("Musk, who co-founded it in 2015, …", "Musk, cofondateur d'OpenAI, …"), subordinate clauses
/// ("after …", "parce que …"), then coordinated clauses ("… and …", "…, he stayed"). Each clause borrows the subject it
/// lacks. The marker words are the languages' lists.
/// </summary>
internal static class ClauseReader
{
    private const int MaxAppositionTokens = 9;
    private static readonly FrozenSet<string> RelativePronouns = LanguageData.Both("relativePronouns");
    private static readonly FrozenSet<string> SubjectPronouns = LanguageData.Both("subjectPronouns");
    private static readonly FrozenSet<string> OffsetWords = LanguageData.Both("offsetWords");
    private static readonly string[][] Subordinators = Phrases("subordinators");
    private static readonly FrozenSet<string> Temporal = LanguageData.Both("temporalSubordinators").Select(p => p.Replace(' ', '|')).ToFrozenSet();

    public static IReadOnlyList<Clause> Read(ClaimReading claim)
    {
        var plan = new Plan(claim);
        plan.MarkOpener();
        plan.MarkRelativesAndAppositions();
        plan.MarkSubordinates();
        plan.MarkCoordinates();
        return plan.Build();
    }

    /// <summary>Whether a subordinate clause says when (its marker is temporal: "after", "avant de").</summary>
    public static bool IsTemporalMarker(IReadOnlyList<Token> tokens, int start, int length) =>
        Temporal.Contains(string.Join('|', tokens.Skip(start).Take(length).Select(t => t.Text)));

    private static string[][] Phrases(string list) => LanguageData.All
        .SelectMany(l => l.List(list))
        .Select(p => Tokenizer.Tokenize(p).Where(t => !t.IsSymbol).Select(t => t.Text).ToArray())
        .Where(p => p.Length > 0)
        .OrderByDescending(p => p.Length)
        .ToArray();

    private sealed class Plan(ClaimReading claim)
    {
        private readonly IReadOnlyList<Token> tokens = claim.Tokens;
        private readonly int[] owner = new int[claim.Tokens.Count];
        private readonly List<(ClauseKind Kind, Mention? Antecedent)> clauses = [(ClauseKind.Main, null)];

        // "Founded in 2015, OpenAI …": a relation word first, a comma, then the subject and a predicate of its own.
        public void MarkOpener()
        {
            var first = Enumerable.Range(0, tokens.Count).FirstOrDefault(i => !tokens[i].IsSymbol, -1);
            var comma = first < 0 ? -1 : FindComma(first);
            if (first < 0 || comma < 0 || !RelationStartsAt(first))
            {
                return;
            }

            var subject = claim.Mentions.FirstOrDefault(m => m.Start > comma && m.Kind is MentionKind.Entity or MentionKind.UnknownName);
            if (subject is not null && HasRelation(comma + 1, tokens.Count, 0) && !claim.Mentions.Any(m => m.Start >= first && m.End <= comma && m.Kind == MentionKind.Entity && m.Entity!.Type == EntityType.Person))
            {
                Assign(first, comma, ClauseKind.Opener, subject);
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

                var antecedent = MentionEndingAt(tokens[i - 1].Text == "," ? i - 1 : i);
                if (antecedent is null)
                {
                    continue;
                }

                if (RelativePronouns.Contains(tokens[i].Text) && !(tokens[i].Text == "dont" && MentionStartingAt(i + 1) is not null))
                {
                    var end = FindComma(i) is var c && c > 0 ? c : tokens.Count;
                    Assign(i, end, ClauseKind.Relative, antecedent);
                    i = end;
                }
                else if (tokens[i - 1].Text == "," && antecedent.Entity is not null && FindComma(i) is var close && close > i
                    && close - i <= MaxAppositionTokens && HasRelation(i, close, 0) && close + 1 < tokens.Count && !SubjectPronouns.Contains(tokens[close + 1].Text))
                {
                    // "Musk, cofondateur d'OpenAI, a quitté …": an apposition names what the person is.
                    Assign(i, close, ClauseKind.Relative, antecedent);
                    i = close;
                }
            }
        }

        // "because …", "after he left …", "Trois ans après la fondation d'OpenAI, …": up to the next comma.
        public void MarkSubordinates()
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                var length = owner[i] == 0 ? SubordinatorAt(i) : 0;
                if (length == 0)
                {
                    continue;
                }

                var start = i;
                while (start > 0 && owner[start - 1] == 0 && (OffsetWords.Contains(tokens[start - 1].Text) || tokens[start - 1].IsNumber || claim.Mentions.Any(m => m.Kind == MentionKind.Number && m.End == start)))
                {
                    start--;
                }

                var end = FindComma(i + length) is var c && c > 0 ? c : tokens.Count;
                if (!HasRelation(i + length, end, 0) || !HasRelation(0, start, 0) && !HasRelation(end, tokens.Count, 0))
                {
                    // "after 2018", "before the deadline": a time, not a clause; nor is a subordinate with no main clause.
                    continue;
                }

                Assign(start, end, ClauseKind.Subordinate, null);
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
                    clauses.Add((current == 0 ? ClauseKind.Coordinate : clauses[current].Kind, clauses[current].Antecedent));
                    for (var i = cut + 1; i < tokens.Count; i++)
                    {
                        owner[i] = owner[i] == current ? next : owner[i];
                    }

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
            var mainSubject = OwnSubject(0);
            for (var id = 0; id < clauses.Count; id++)
            {
                var members = owner.Select(o => o == id).ToArray();
                if (!members.Contains(true))
                {
                    continue;
                }

                var (kind, antecedent) = clauses[id];
                var own = OwnSubject(id);
                IReadOnlyList<Mention> inherited = kind switch
                {
                    ClauseKind.Relative => antecedent is null ? [] : [antecedent],
                    ClauseKind.Opener => antecedent is null ? [] : mainSubject.Length > 0 ? mainSubject : [antecedent],
                    _ when own.Length > 0 => [],
                    ClauseKind.Subordinate => mainSubject,
                    _ => previousSubject,
                };
                result.Add(Clause.Of(claim, members, inherited, kind));
                if (kind is ClauseKind.Main or ClauseKind.Coordinate)
                {
                    previousSubject = own.Length > 0 ? own : inherited;
                }
            }

            return result.Count > 0 ? result : [Clause.Of(claim, 0, tokens.Count, [])];
        }

        // A joint ends one clause and starts the next: a joiner word, or a comma before a new subject and verb.
        private bool IsJoint(int i, int id)
        {
            var text = tokens[i].Text;
            var joiner = LanguageWords.ClauseJoiners.Contains(text)
                || (text == "," && i + 1 < tokens.Count && (SubjectPronouns.Contains(tokens[i + 1].Text) || MentionStartingAt(i + 1) is { Kind: MentionKind.Entity }));
            if (!joiner || claim.Terms.Any(t => t.Start <= i && i < t.End) || claim.Mentions.Any(m => m.Start <= i && i < m.End))
            {
                return false;
            }

            // Both sides say something; names alone ("Ada and Bo founded …") belong to the clause that follows.
            return HasRelation(0, i, id) && HasRelation(i + 1, tokens.Count, id);
        }

        private Mention[] OwnSubject(int id)
        {
            var relation = claim.Terms.FirstOrDefault(t => t.IsRelationWord && owner[t.Start] == id);
            return relation is null ? [] : claim.Mentions.Where(m => m.Kind == MentionKind.Entity && owner[m.Start] == id && m.End <= relation.Start).ToArray();
        }

        private int SubordinatorAt(int i)
        {
            foreach (var phrase in Subordinators)
            {
                if (i + phrase.Length <= tokens.Count && Enumerable.Range(0, phrase.Length).All(k => tokens[i + k].Text == phrase[k])
                    && !claim.Terms.Any(t => t.Start <= i && i < t.End))
                {
                    return phrase.Length;
                }
            }

            return 0;
        }

        private void Assign(int from, int to, ClauseKind kind, Mention? antecedent)
        {
            var id = clauses.Count;
            clauses.Add((kind, antecedent));
            for (var k = from; k < to; k++)
            {
                if (owner[k] == 0)
                {
                    owner[k] = id;
                }
            }
        }

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
}
