using FactBot.Core.Facts;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>Which side of the relation each mention stands on, from its place around the relation word.</summary>
internal sealed class ClaimRoles(ClaimReading claim, Clause segment, TermOccurrence anchor, bool antonym = false, TermSet? converses = null)
{
    // An antonym speaks of its grammatical subject as the record's verb does: "Ada was pushed out" against "Ada
    // resigned" keeps Ada on the record's side.
    private readonly bool passive = !antonym && IsPassive(claim, segment, anchor);

    // "Acme received an investment from Halvard": where the verb telling the relation from its patient's side is.
    private readonly int converse = converses is null || converses.IsEmpty ? -1 : ConverseAt(claim, segment, anchor, converses);

    /// <summary>The verb that tells the relation from its patient's side ("received"), or -1.</summary>
    public int Converse => converse;

    // Asked for each slot a mention might fill: read once per mention.
    private readonly Dictionary<Mention, SlotRole> read = new(ReferenceEqualityComparer.Instance);

    public SlotRole Of(Mention mention)
    {
        if (!read.TryGetValue(mention, out var role))
        {
            read[mention] = role = Read(mention);
        }

        return role;
    }

    /// <summary>The agent as the subject or after "by"/"par", not a name behind another preposition ("thanks to Acme", "les ressources de Acme").</summary>
    public bool IsPlainAgent(Mention mention)
    {
        if (Of(mention) != SlotRole.Agent)
        {
            return false;
        }

        var before = mention.Start > 0 ? claim.Tokens[mention.Start - 1].Text : string.Empty;
        return !LanguageWords.GoverningPrepositions.Contains(before) || LanguageWords.AgentPrepositions.Contains(before);
    }

    private SlotRole Read(Mention mention)
    {
        // A possessor ("Ada's attempt", "la tentative d'Ada", "the attempt of Ada") may be either side.
        if (segment.Inherited.Contains(mention))
        {
            return SlotRole.None;
        }

        if (converse >= 0)
        {
            return Conversely(mention);
        }

        // The owner of what the relation acts on stands on its far side: "licences to Acme's technology".
        if (claim.Tokens[mention.End - 1].Possessive && mention.Start >= anchor.End)
        {
            return SlotRole.Patient;
        }

        if (segment.Inherited.Contains(mention) || claim.Tokens[mention.End - 1].Possessive
            || (mention.Start > anchor.End && claim.Tokens[mention.Start - 1].Text is "de" or "of" or "du" or "des" && FollowsRelationWord(mention.Start - 1)))
        {
            return SlotRole.None;
        }

        // "licences sur la technologie de Halvard": a complement of another noun belongs to the object.
        if (mention.Start > anchor.End + 1 && claim.Tokens[mention.Start - 1].Text is "de" or "of" or "du" or "des"
            && !LanguageWords.AgentPrepositions.Contains(claim.Tokens[mention.Start - 2].Text))
        {
            return SlotRole.Patient;
        }

        if (mention.End <= anchor.Start)
        {
            return passive ? SlotRole.Patient : SlotRole.Agent;
        }

        // "founded it with Bo" (Bo founded it too), "its collaboration with Acme" (Acme is the partner): either side.
        // "founded it with Bo": a partner on either side; "merge with Corvex": right after the verb, its object.
        if (mention.Start > anchor.End && Comitative(mention.Start))
        {
            return FollowsRelationWord(mention.Start - 1) ? SlotRole.Patient : SlotRole.None;
        }

        if (mention.Start >= anchor.End)
        {
            for (var k = anchor.End; k < mention.Start; k++)
            {
                if (LanguageWords.AgentPrepositions.Contains(claim.Tokens[k].Text))
                {
                    return SlotRole.Agent;
                }
            }

            return passive ? SlotRole.None : SlotRole.Patient;
        }

        return SlotRole.None;
    }

    // After a converse verb the subject receives what the record's agent gives; the giver is named after the verb
    // ("granted Bo licences") or after a preposition ("an investment from Halvard"); any other name may be either.
    private SlotRole Conversely(Mention mention)
    {
        if (mention.End <= converse)
        {
            return passive ? SlotRole.Agent : SlotRole.Patient;
        }

        if (mention.End <= anchor.Start || Counterpart(claim, anchor, mention))
        {
            return SlotRole.Agent;
        }

        return SlotRole.None;
    }

    // The converse verb up to three words before the relation word, amounts not counted ("received a $1bn
    // investment"), or the relation word itself, read whole ("peur", not "fait peur"), when it names the other party
    // ("licensed it to Bo", not "licensed Bo's technology").
    private static int ConverseAt(ClaimReading claim, Clause segment, TermOccurrence anchor, TermSet converses)
    {
        var words = anchor.End - anchor.Start == 1
            ? claim.Tokens[anchor.Start].Text
            : string.Join(' ', Enumerable.Range(anchor.Start, anchor.End - anchor.Start).Select(k => claim.Tokens[k].Text));
        if (IsConverse(words, converses))
        {
            var named = claim.Mentions.Any(m => m.Kind == MentionKind.Entity && segment.Contains(m.Start) && Counterpart(claim, anchor, m));
            return named ? anchor.Start : -1;
        }

        const int MaxWordsBetween = 3;
        var between = 0;
        for (var k = anchor.Start - 1; k >= segment.From && between <= MaxWordsBetween; k--)
        {
            if (segment.Contains(k) && IsConverse(claim.Tokens[k].Text, converses))
            {
                return k;
            }

            var inAmount = claim.Mentions.Any(m => m.Kind is MentionKind.Money or MentionKind.Number && m.Start <= k && k < m.End);
            between += !inAmount && !claim.Tokens[k].IsSymbol ? 1 : 0;
        }

        return -1;
    }

    private static bool IsConverse(string words, TermSet converses) => converses.En.Contains(words) || converses.Fr.Contains(words);

    // The other party: after a preposition ("from Acme", "peur d'Acme"), or the object right after the verb ("fears
    // Acme"), not the owner of the object ("licensed Acme's technology").
    private static bool Counterpart(ClaimReading claim, TermOccurrence anchor, Mention mention) =>
        mention.Start >= anchor.End
        && (LanguageWords.CounterpartPrepositions.EndsBefore(claim.Tokens, mention.Start)
            || (mention.Start == anchor.End && !claim.Tokens[mention.End - 1].Possessive));

    /// <summary>
    /// Whether a mention says the statement: the subject of a reporting verb ("Ada says", "Ada a déclaré", "Ada
    /// tweeted"), or named by "according to", "selon", or owning the words ("Ada's words").
    /// </summary>
    public bool IsSpeaker(Mention mention)
    {
        // "Ada: …", "… dit Ada", "said Ada".
        if ((mention.End < claim.Tokens.Count && claim.Tokens[mention.End].Text == ":")
            || (mention.Start > 0 && LanguageWords.ReportingVerbs.Contains(claim.Tokens[mention.Start - 1].Text)))
        {
            return true;
        }

        for (var k = mention.End; k < claim.Tokens.Count && k <= mention.End + 3; k++)
        {
            var word = claim.Tokens[k].Text;
            if (LanguageWords.ReportingVerbs.Contains(word))
            {
                return true;
            }

            if (!LanguageWords.English.Contains(word) && !LanguageWords.French.Contains(word) && !claim.Tokens[k].IsSymbol)
            {
                break;
            }
        }

        return LanguageWords.AttributionMarkers.EndsBefore(claim.Tokens, mention.Start);
    }

    private bool Comitative(int start) => LanguageWords.Comitatives.EndsBefore(claim.Tokens, start);

    // "la tentative de prise de contrôle d'Ada": the complement of a relation word, not of another noun.
    private bool FollowsRelationWord(int preposition) => claim.Terms.Any(t => t.IsRelationWord && t.End == preposition);

    /// <summary>
    /// Whether a mention is an argument of the relation word itself: its subject or object with only function words
    /// between ("Bo is the CEO", "the CEO, Bo"), not a name further on ("CEO of Acme, the lab of San Francisco").
    /// </summary>
    public bool IsArgument(Mention mention, IEnumerable<TermOccurrence> relationWords) =>
        relationWords.Append(anchor).Any(term => IsArgumentOf(mention, term));

    private bool IsArgumentOf(Mention mention, TermOccurrence term)
    {
        var (from, to) = mention.End <= term.Start ? (mention.End, term.Start) : (term.End, mention.Start);
        return to - from <= 3 && Enumerable.Range(from, Math.Max(0, to - from)).All(k =>
            claim.Tokens[k].IsSymbol || LanguageWords.English.Contains(claim.Tokens[k].Text) || LanguageWords.French.Contains(claim.Tokens[k].Text));
    }

    private static bool IsPassive(ClaimReading claim, Clause segment, TermOccurrence anchor)
    {
        // "was founded", "a été créée"; not "is considering", "is reportedly", "is the founder".
        var last = anchor.End - 1;
        if (claim.Tokens[last].Text.EndsWith("ly", StringComparison.Ordinal) && last + 1 < claim.Tokens.Count)
        {
            last++;
        }

        for (var t = anchor.Start; t <= last; t++)
        {
            if (claim.Tokens[t].Text.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }
        }

        if (IsCausativePassive(claim, segment, anchor, last))
        {
            return true;
        }

        // "Halvard is put the models in Seek", "Ada was invest $1bn": an object right after the verb makes it
        // active, whatever auxiliary a non-native writer put before it.
        if (anchor.End < claim.Tokens.Count && (LanguageWords.Determiners.Contains(claim.Tokens[anchor.End].Text)
            || claim.Mentions.Any(m => m.Start == anchor.End && m.Kind == MentionKind.Money)))
        {
            return false;
        }

        // The auxiliary may be inside the matched term itself ("a été dépassée").
        for (var k = anchor.Start; k < last; k++)
        {
            var word = claim.Tokens[k].Text;
            if (LanguageWords.PassiveAuxiliaries.Contains(word))
            {
                return !IsReflexive(claim, k) && (LanguageWords.English.Contains(word)
                    ? Enumerable.Range(k + 1, last - k).Any(t => IsParticiple(claim.Tokens[t].Text))
                    : !IsEtreVerb(claim, k + 1, last));
            }
        }

        // Up to three words back; a negation or a degree word ("is not at all worried") does not count.
        var counted = 0;
        for (var k = anchor.Start - 1; k >= 0 && segment.Contains(k) && counted < 3; k--)
        {
            var word = claim.Tokens[k].Text;
            if (claim.Negations.Contains(k) || LanguageWords.DegreeWords.Contains(word))
            {
                continue;
            }

            counted++;
            if (LanguageWords.Determiners.Contains(word) || word is "to" or "pour" or "de" || word.EndsWith("ing", StringComparison.Ordinal))
            {
                return false;
            }

            if (LanguageWords.PassiveAuxiliaries.Contains(word))
            {
                // English "is/was/been" make a passive only with a participle ("was founded", not "is critical");
                // French "est devenue", "est née" are active verbs conjugated with être.
                return !IsReflexive(claim, k) && (LanguageWords.English.Contains(word)
                    ? Enumerable.Range(anchor.Start, last - anchor.Start + 1).Any(t => IsParticiple(claim.Tokens[t].Text))
                    : !IsEtreVerb(claim, anchor.Start, last));
            }

            if (claim.Mentions.Any(m => m.Start <= k && k < m.End) || (claim.Tokens[k].IsSymbol && claim.Tokens[k].Text != "\""))
            {
                break;
            }
        }

        // "Was Acme founded …?": the auxiliary opens the question, before the subject.
        var firstWord = claim.Tokens[segment.From].Text;
        return claim.IsYesNoQuestion && LanguageWords.PassiveAuxiliaries.Contains(firstWord)
            && claim.Tokens[last].Text.EndsWith("ed", StringComparison.Ordinal)
            && claim.Mentions.Any(m => m.Start == segment.From + 1 && m.End <= anchor.Start);
    }

    // "got overtaken by Acme", "s'est fait doubler par Acme", "se faire virer": the subject undergoes the verb.
    private static bool IsCausativePassive(ClaimReading claim, Clause segment, TermOccurrence anchor, int last)
    {
        var k = anchor.Start - 1;
        if (k < 0 || !segment.Contains(k))
        {
            return false;
        }

        // English "got" needs a participle ("got kicked out", not "got licences"); French "fait" needs "se" before it.
        var word = claim.Tokens[k].Text;
        return LanguageWords.EnglishCausativePassives.Contains(word)
            ? IsParticiple(claim.Tokens[anchor.Start].Text) && last == anchor.End - 1
            : LanguageWords.FrenchCausativePassives.Contains(word)
                && Enumerable.Range(Math.Max(0, k - 2), k - Math.Max(0, k - 2)).Any(r => LanguageWords.Reflexives.Contains(claim.Tokens[r].Text));
    }

    // "est devenue", "est née": a verb conjugated with être, read at the participle ("devenue une association") or at
    // the term's end ("est parti").
    private static bool IsEtreVerb(ClaimReading claim, int participle, int last) =>
        LanguageWords.FrenchEtreVerbs.Any(v => claim.Tokens[participle].Text.StartsWith(v, StringComparison.Ordinal)
            || claim.Tokens[last].Text.StartsWith(v, StringComparison.Ordinal));

    // "s'est barré", "s'est retiré": a reflexive pronoun before "est" makes an active verb of the subject.
    private static bool IsReflexive(ClaimReading claim, int auxiliary) =>
        auxiliary > 0 && LanguageWords.Reflexives.Contains(claim.Tokens[auxiliary - 1].Text);

    private static bool IsParticiple(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word.EndsWith("en", StringComparison.Ordinal) || LanguageWords.IrregularParticiples.Contains(word);
}
