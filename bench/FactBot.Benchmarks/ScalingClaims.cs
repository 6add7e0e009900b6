using System.Globalization;
using FactBot.Core.Facts;

namespace FactBot.Benchmarks;

/// <summary>
/// Claims for the scaling benchmarks: some built from synthetic records (supported, contradicted by year or amount,
/// in French, with a common word that many records use, a question, an unrelated relation word), some from the real mix.
/// </summary>
public static class ScalingClaims
{
    public const int SyntheticCount = 10;

    public static readonly string[] RealPart =
    [
        "OpenAI was founded in 2015.",
        "Microsoft invested $1bn in OpenAI.",
        "Microsoft a investi 10 000 000 000 $ dans OpenAI.",
        "Elon Musk promised to give OpenAI $2bn.",
        "Musk n'a jamais tenté de prendre le contrôle d'OpenAI.",
        "Who founded OpenAI?",
    ];

    public const int Count = SyntheticCount + 6;

    public static string[] For(SyntheticFacts facts)
    {
        var random = new Random(7);
        var plain = facts.Blueprints.Where(b => b.Record.Polarity == Polarity.Positive && b.Record.Attribution is null).ToArray();
        T Pick<T>(IReadOnlyList<T> from) => from[random.Next(from.Count)];

        var dated = plain.Where(b => b.Year is not null && !b.Record.Relation[0].Id.StartsWith("common", StringComparison.Ordinal)).ToArray();
        var money = plain.Where(b => b.Amount is not null).ToArray();
        var common = plain.Where(b => b.Record.Relation[0].Id.StartsWith("common", StringComparison.Ordinal)).ToArray();

        var a = Pick(dated);
        var b = Pick(dated);
        var c = Pick(dated);
        var m = Pick(money);
        var k = Pick(common);
        var q = Pick(plain);
        var u = Pick(plain);
        var other = Pick(plain);

        string Year(int? year, int shift = 0) => (year!.Value + shift).ToString(CultureInfo.InvariantCulture);
        string En(SyntheticFacts.Blueprint x) => string.Join(" ", x.EnglishTerms);
        string Fr(SyntheticFacts.Blueprint x) => string.Join(" ", x.FrenchTerms);

        string[] synthetic =
        [
            $"{a.Agent.ClaimName} {En(a)} {a.Patient.ClaimName} in {Year(a.Year)}.",
            $"{b.Agent.ClaimName} {En(b)} {b.Patient.ClaimName} in {Year(b.Year, 3)}.",
            $"En {Year(c.Year)}, {c.Agent.ClaimName} a {Fr(c)} {c.Patient.ClaimName}.",
            $"{m.Agent.ClaimName} {En(m)} {m.Patient.ClaimName} for {Money.Describe(m.Amount!.Value, "USD")}.",
            $"{m.Agent.ClaimName} {En(m)} {m.Patient.ClaimName} for {Money.Describe(m.Amount!.Value * 3, "USD")}.",
            $"{k.Agent.ClaimName} {En(k)} {k.Patient.ClaimName}.",
            $"Did {q.Agent.ClaimName} {En(q)} {q.Patient.ClaimName}?",
            $"Who {En(q)} {q.Patient.ClaimName}?",
            $"{u.Agent.ClaimName} {En(other)} {u.Patient.ClaimName}.",
            $"{a.Agent.ClaimName} announced a new product in {Year(a.Year)}.",
        ];

        if (synthetic.Length != SyntheticCount || RealPart.Length != Count - SyntheticCount)
        {
            throw new InvalidOperationException("ScalingClaims counts are out of date");
        }

        return [.. synthetic, .. RealPart];
    }
}
