namespace FactBot.Benchmarks;

/// <summary>
/// A fixed mix of realistic claims against the real seed records: English and French; supported, contradicted and
/// unknown; yes/no and wh- questions; compound clauses; amounts written as "$1bn", "un milliard", "10 000 000 000 $".
/// </summary>
public static class ClaimMix
{
    /// <summary>How many claims <see cref="Real"/> holds: a constant, for OperationsPerInvoke.</summary>
    public const int RealCount = 21;

    public static readonly string[] Real =
    [
        // English
        "OpenAI was founded in 2015.",
        "OpenAI was founded in 2017.",
        "Elon Musk and Sam Altman founded OpenAI in 2015.",
        "Microsoft invested $1bn in OpenAI.",
        "Microsoft invested $10 billion in OpenAI in 2023.",
        "Elon Musk promised to give OpenAI $2bn.",
        "Musk pledged $1bn but gave only $100m.",
        "Google overtook OpenAI.",
        "OpenAI overtook Google.",
        "Did Elon Musk take control of OpenAI in 2018?",
        "Who founded OpenAI?",
        "Sam Altman is the CEO of OpenAI.",
        "ChatGPT was released in early 2023.",
        "OpenAI sells pizza in Paris.",
        // French
        "OpenAI a été fondée en 2015 par Elon Musk.",
        "Microsoft a investi un milliard de dollars dans OpenAI.",
        "Microsoft a investi 10 000 000 000 $ dans OpenAI.",
        "Elon Musk a promis 5 milliards de dollars à OpenAI.",
        "Musk n'a jamais tenté de prendre le contrôle d'OpenAI.",
        "Qui dirige OpenAI ?",
        "Tesla a racheté Twitter en 2022.",
    ];
}
