using System.Collections.Frozen;
using FactBot.Core.Text;

namespace FactBot.Core.Reading;

/// <summary>
/// Finds negations, "ne … que" restrictions and changes of state. Phrases that hold a negation word without negating
/// ("no doubt", "peu de temps après", "a few") are the languages' <c>notNegations</c>; "not the other way round" and the
/// like were trimmed before.
/// </summary>
internal static class NegationReader
{
    private static readonly PhraseSet<bool> NotNegations = PhraseList.Of("notNegations");
    private static readonly PhraseSet<bool> StateChangePhrases = PhraseList.Of("stateChanges");

    // "a", "avait": the auxiliaries a subject negation stands right before when chat drops the "ne".
    private static readonly FrozenSet<string> DroppedNeVerbs = LanguageData.Both("droppedNeVerbs");

    public static NegationMarks Read(List<Token> tokens, bool[] inTerm, bool yesNoQuestion)
    {
        var negations = new List<int>();
        var exclusives = new List<int>();
        var changes = new List<int>();
        var skip = Mask(tokens, NotNegations);
        var change = Mask(tokens, StateChangePhrases);
        var usedPartner = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (change[i] && (i == 0 || !change[i - 1]))
            {
                changes.Add(i);
            }

            // "personne a cru", "aucun a refusé": chat drops the "ne"; a subject negation right before an auxiliary
            // still denies.
            if (DroppedNe(tokens, i) && !skip[i] && !usedPartner[i])
            {
                negations.Add(i);
                continue;
            }

            if (inTerm[i] || skip[i] || usedPartner[i])
            {
                continue;
            }

            var word = tokens[i].Text;

            // "Didn't Ada …?" asks whether she did: the negation belongs to the question form.
            if (yesNoQuestion && word == "not" && i == 1 && LanguageWords.QuestionAuxiliaries.Contains(tokens[0].Text))
            {
                continue;
            }

            if (word == "ne")
            {
                ReadNe(tokens, inTerm, skip, i, negations, exclusives, changes, usedPartner);
                continue;
            }

            if (word == "least" && i > 0 && tokens[i - 1].Text != "at")
            {
                // "the least popular" denies what "the most popular" asserts.
                negations.Add(i);
                continue;
            }

            // "neither Ada nor Bo": one denial, however many names it lists.
            if (word == "nor" && negations.Any(n => tokens[n].Text == "neither"))
            {
                continue;
            }

            if ((word is "pas" or "jamais" || LanguageWords.Negations.Contains(word)) && !NotUntil(tokens, i))
            {
                negations.Add(i);
            }
        }

        return new NegationMarks(negations, exclusives, changes);
    }

    private static bool DroppedNe(List<Token> tokens, int i) =>
        LanguageWords.FrenchNegationPartners.Contains(tokens[i].Text) && LanguageWords.SubjectNegations.Contains(tokens[i].Text)
        && i + 1 < tokens.Count && DroppedNeVerbs.Contains(tokens[i + 1].Text)
        && (i == 0 || !LanguageWords.Determiners.Contains(tokens[i - 1].Text));

    // How far after "ne" its partner ("pas", "plus", "que") is looked for.
    private const int PartnerReach = 6;

    // "ne … pas" negates, "ne … plus" also says the state changed, "ne … que" means "only"; a partner in a notNegations
    // phrase ("pas seulement") makes none of these.
    private static void ReadNe(List<Token> tokens, bool[] inTerm, bool[] skip, int i, List<int> negations, List<int> exclusives, List<int> changes, bool[] usedPartner)
    {
        for (var k = i + 1; k < tokens.Count && k <= i + PartnerReach; k++)
        {
            // "n'a pas seulement investi": a partner that opens a phrase saying "also" denies nothing.
            if (LanguageWords.FrenchNegationPartners.Contains(tokens[k].Text) && skip[k])
            {
                usedPartner[k] = true;
                return;
            }

            if (LanguageWords.FrenchNegationPartners.Contains(tokens[k].Text) && !inTerm[k])
            {
                negations.Add(i);
                usedPartner[k] = true;
                if (tokens[k].Text == "plus")
                {
                    changes.Add(i);
                }

                MarkConcord(tokens, inTerm, k, i + PartnerReach, usedPartner);
                return;
            }

            if (tokens[k].Text == "que")
            {
                exclusives.Add(i);
                return;
            }
        }

        if (RestrictsFar(tokens, i))
        {
            exclusives.Add(i);
            return;
        }

        // "personne n'a refusé", "rien n'a changé": the partner stands before "ne", as the subject.
        if (i > 0 && LanguageWords.FrenchNegationPartners.Contains(tokens[i - 1].Text) && LanguageWords.SubjectNegations.Contains(tokens[i - 1].Text) && !inTerm[i - 1])
        {
            negations.Add(i);
        }
    }

    // "n'a intégré les modèles de X que dans Y": a long object may stand between the verb and "que"; within the
    // clause (no punctuation between), "ne" with no other partner still restricts.
    private static bool RestrictsFar(List<Token> tokens, int i)
    {
        const int Far = 10;
        for (var k = i + 1; k < tokens.Count && k <= i + Far && !tokens[k].IsSymbol; k++)
        {
            if (k > i + PartnerReach && tokens[k].Text == "que")
            {
                return true;
            }
        }

        return false;
    }

    // "n'a plus aucun lien", "n'a jamais rien dit": after "plus" or "jamais" the later partners deny with it, once
    // (negative concord). After "pas" they do not: "ce n'est pas rien" is something.
    private static void MarkConcord(List<Token> tokens, bool[] inTerm, int partner, int reach, bool[] usedPartner)
    {
        if (tokens[partner].Text == "pas")
        {
            return;
        }

        for (var k = partner + 1; k < tokens.Count && k <= reach; k++)
        {
            if (LanguageWords.FrenchNegationPartners.Contains(tokens[k].Text) && !inTerm[k])
            {
                usedPartner[k] = true;
            }
        }
    }

    // "did not become a for-profit until 2019": it did, then; the denial only says not earlier.
    private static bool NotUntil(List<Token> tokens, int i)
    {
        const int Reach = 10;
        if (tokens[i].Text != "not")
        {
            return false;
        }

        for (var k = i + 1; k + 1 < tokens.Count && k <= i + Reach && !tokens[k].IsSymbol; k++)
        {
            if (LanguageWords.UntilWords.Contains(tokens[k].Text) && tokens[k + 1].IsNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static bool[] Mask(List<Token> tokens, PhraseSet<bool> phrases)
    {
        var mask = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (phrases.TryMatchAt(tokens, i, out var length, out _))
            {
                Array.Fill(mask, true, i, length);
            }
        }

        return mask;
    }
}
