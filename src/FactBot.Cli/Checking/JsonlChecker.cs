using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using FactBot.Application.Text;
using FactBot.Core.Checking;
using FactBot.Functions.Contracts;

namespace FactBot.Cli.Checking;

/// <summary>
/// <c>check --jsonl</c>: one <c>{"claim": ..., "id"?: ...}</c> object per input line, one output line per input line
/// in the same order — the input's id and line number, then either the result fields or an <c>error</c>.
/// Blank lines are skipped (their numbers still count). A claim is refused by the API's own <see cref="TextPolicy"/>.
/// </summary>
internal sealed class JsonlChecker(IClaimCheckService checker)
{
    // Lines are checked a batch at a time on every core and written in input order.
    private const int BatchSize = 1024;

    public async Task<JsonlSummary> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var summary = new JsonlSummary(0, 0);
        var batch = new List<(string Line, int Number)>(BatchSize);

        // Synchronous, buffered reads and writes: an awaited read or write per line hops between thread-pool threads,
        // and with the engine answering in microseconds that hopping was most of the time.
        while (input.ReadLine() is { } line)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                batch.Add((line, lineNumber));
            }

            if (batch.Count == BatchSize)
            {
                summary = Add(summary, await CheckBatchAsync(batch, output, cancellationToken));
            }
        }

        summary = Add(summary, await CheckBatchAsync(batch, output, cancellationToken));
        await output.FlushAsync(cancellationToken);
        return summary;
    }

    private static JsonlSummary Add(JsonlSummary total, JsonlSummary batch) => new(total.Written + batch.Written, total.Failed + batch.Failed);

    private async Task<JsonlSummary> CheckBatchAsync(List<(string Line, int Number)> batch, TextWriter output, CancellationToken cancellationToken)
    {
        var results = new (string Line, bool Checked)[batch.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Count),
            cancellationToken,
            async (k, token) => results[k] = await CheckLineAsync(batch[k].Line, batch[k].Number, token));
        foreach (var (line, _) in results)
        {
            output.WriteLine(line);
        }

        batch.Clear();
        return new JsonlSummary(results.Length, results.Count(r => !r.Checked));
    }

    private async Task<(string Line, bool Checked)> CheckLineAsync(string line, int lineNumber, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            return Error(null, lineNumber, $"not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Error(null, lineNumber, "each line must be a JSON object such as {\"claim\": \"...\"}");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("claim", out var claimElement) || claimElement.ValueKind != JsonValueKind.String)
            {
                return Error(id, lineNumber, "missing 'claim' string");
            }

            if (!TryGetString(claimElement, out var claim))
            {
                return Error(id, lineNumber, "Invalid JSON string: the 'claim' string is not valid Unicode text (an escaped unpaired surrogate such as \\ud800)");
            }

            if (TextPolicy.CheckClaim(claim, "claim") is { } refused)
            {
                return Error(id, lineNumber, $"{refused.Title}: {refused.Detail}");
            }

            try
            {
                var result = await checker.CheckAsync(claim, cancellationToken);
                return (Write(id, lineNumber, CheckResponse.From(result)), true);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Error(id, lineNumber, $"check failed: {ex.Message}");
            }
        }
    }

    private static (string, bool) Error(JsonElement? id, int lineNumber, string message) =>
        (Write(id, lineNumber, writer => writer.WriteString("error", message)), false);

    // An escaped unpaired surrogate (\ud800) is valid JSON, but System.Text.Json will not make a string of it.
    private static bool TryGetString(JsonElement element, out string value)
    {
        try
        {
            value = element.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    // The envelope, then the response's own properties: the response is serialised once, straight into the line.
    private static string Write(JsonElement? id, int lineNumber, CheckResponse response)
    {
        var (buffer, writer) = LineBuffer.Get();
        WriteEnvelope(writer, id, lineNumber, _ => { });
        var envelope = buffer.WrittenCount;
        writer.Reset(buffer);
        JsonSerializer.Serialize(writer, response, WireJson.Context.CheckResponse);
        writer.Flush();

        // {"id":…,"line":N}{"verdict":…} becomes {"id":…,"line":N,"verdict":…} in place.
        var line = MemoryMarshal.AsMemory(buffer.WrittenMemory).Span;
        line[envelope - 1] = (byte)',';
        line[(envelope + 1)..].CopyTo(line[envelope..]);
        return Encoding.UTF8.GetString(line[..^1]);
    }

    private static string Write(JsonElement? id, int lineNumber, Action<Utf8JsonWriter> body)
    {
        var (buffer, writer) = LineBuffer.Get();
        WriteEnvelope(writer, id, lineNumber, body);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteEnvelope(Utf8JsonWriter writer, JsonElement? id, int lineNumber, Action<Utf8JsonWriter> body)
    {
        writer.WriteStartObject();
        writer.WritePropertyName("id");
        if (id is { } value)
        {
            value.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }

        writer.WriteNumber("line", lineNumber);
        body(writer);
        writer.WriteEndObject();
        writer.Flush();
    }
}
