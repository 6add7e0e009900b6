using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Cli.Tests;

internal static class Results
{
    public const string FoundingSentence = "OpenAI a été fondée en 2015 par un petit groupe de personnes, dont Elon Musk et Sam Altman, qui dirige désormais la société.";

    private static readonly SourceInfo Source = new("f4fcdda49106cae1", "Les remontrances d’Elon Musk", "2023-03", Language.French);

    public static CheckResult For(string claim, Verdict verdict, string? sentence = null) => new(
        claim,
        verdict,
        0.8,
        sentence is null ? null : new Evidence("openai-founded-2015", sentence, Source),
        $"explained {verdict}",
        Language.English,
        []);
}
