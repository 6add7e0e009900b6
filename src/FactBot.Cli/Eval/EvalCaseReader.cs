using System.Globalization;
using System.Text.Json;
using FactBot.Core.Checking;

namespace FactBot.Cli.Eval;

/// <summary>
/// Reads a labelled JSONL file: <c>{"id", "claim", "lang", "verdict", "evidence_any": [...], "also_ok"?: [...], "split"?}</c>
/// per line, or the written claims' <c>{"claim", "lang", "verdict", "factId"}</c>.
/// Lines that cannot be used are reported in <c>skipped</c> with their number, not thrown.
/// </summary>
internal static class EvalCaseReader
{
    public static async Task<(IReadOnlyList<EvalCase> Cases, IReadOnlyList<string> Skipped)> ReadAsync(
        TextReader reader, CancellationToken cancellationToken)
    {
        var cases = new List<EvalCase>();
        var skipped = new List<string>();
        var lineNumber = 0;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            if (TryParse(line, lineNumber, out var evalCase, out var error))
            {
                cases.Add(evalCase);
            }
            else
            {
                skipped.Add($"line {lineNumber}: {error}");
            }
        }

        return (cases, skipped);
    }

    public static bool TryParse(string line, int lineNumber, out EvalCase evalCase, out string error)
    {
        evalCase = null!;
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                error = "not a JSON object";
                return false;
            }

            var id = root.TryGetProperty("id", out var idElement) && idElement.ValueKind != JsonValueKind.Null
                ? idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText()
                : lineNumber.ToString(CultureInfo.InvariantCulture);
            if (!root.TryGetProperty("claim", out var claim) || claim.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(claim.GetString()))
            {
                error = "missing 'claim'";
                return false;
            }

            if (!root.TryGetProperty("verdict", out var verdictElement)
                || verdictElement.ValueKind != JsonValueKind.String
                || !VerdictNames.TryParse(verdictElement.GetString(), out var verdict))
            {
                error = "'verdict' must be supported, contradicted or unknown";
                return false;
            }

            var lang = root.TryGetProperty("lang", out var langElement) && langElement.ValueKind == JsonValueKind.String
                ? langElement.GetString()
                : null;
            var evidenceAny = root.TryGetProperty("evidence_any", out var anyElement) && anyElement.ValueKind == JsonValueKind.Array
                ? anyElement.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToArray()
                : [];

            var alsoOk = root.TryGetProperty("also_ok", out var alsoElement) && alsoElement.ValueKind == JsonValueKind.Array
                ? alsoElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String && VerdictNames.TryParse(e.GetString(), out var v) ? v : (Verdict?)null).OfType<Verdict>().ToArray()
                : [];
            var split = root.TryGetProperty("split", out var splitElement) && splitElement.ValueKind == JsonValueKind.String
                ? splitElement.GetString()
                : null;
            var factId = root.TryGetProperty("factId", out var factElement) && factElement.ValueKind == JsonValueKind.String
                ? factElement.GetString()
                : null;

            evalCase = new EvalCase(id, claim.GetString()!, lang, verdict, evidenceAny) { AlsoOk = alsoOk, Split = split, FactId = factId };
            error = "";
            return true;
        }
        catch (JsonException ex)
        {
            error = $"not valid JSON: {ex.Message}";
            return false;
        }
    }
}
