namespace FactBot.Core.Checking;

public static class VerdictNames
{
    public static string ToWire(this Verdict verdict) => verdict switch
    {
        Verdict.Supported => "supported",
        Verdict.Contradicted => "contradicted",
        _ => "unknown",
    };

    public static bool TryParse(string? value, out Verdict verdict)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "supported":
                verdict = Verdict.Supported;
                return true;
            case "contradicted":
                verdict = Verdict.Contradicted;
                return true;
            case "unknown":
                verdict = Verdict.Unknown;
                return true;
            default:
                verdict = Verdict.Unknown;
                return false;
        }
    }
}
