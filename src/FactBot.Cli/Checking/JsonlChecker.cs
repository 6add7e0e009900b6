using System.Buffers;
using System.Text;
using System.Text.Json;
using FactBot.Core.Checking;
using FactBot.Functions.Contracts;

namespace FactBot.Cli.Checking;

/// <summary>
/// <c>check --jsonl</c>: one <c>{"claim": ..., "id"?: ...}</c> object per input line, one output line per input line
/// in the same order — the input's id and line number, then either the result fields or an <c>error</c>.
/// Blank lines are skipped (their numbers still count).
/// </summary>
internal sealed class JsonlChecker(IClaimCheckService checker)
{
    // Lines are checked a batch at a time on every core and written in input order.
    private const int BatchSize = 1024;

    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var written = 0;
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
                written += await CheckBatchAsync(batch, output, cancellationToken);
            }
        }

        written += await CheckBatchAsync(batch, output, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return written;
    }

    private async Task<int> CheckBatchAsync(List<(string Line, int Number)> batch, TextWriter output, CancellationToken cancellationToken)
    {
        var results = new string[batch.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, batch.Count),
            cancellationToken,
            async (k, token) => results[k] = await CheckLineAsync(batch[k].Line, batch[k].Number, token));
        foreach (var result in results)
        {
            output.WriteLine(result);
        }

        batch.Clear();
        return results.Length;
    }

    private async Task<string> CheckLineAsync(string line, int lineNumber, CancellationToken cancellationToken)
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

            var claim = claimElement.GetString()!;
            if (string.IsNullOrWhiteSpace(claim))
            {
                return Error(id, lineNumber, "blank 'claim'");
            }

            try
            {
                var result = await checker.CheckAsync(claim, cancellationToken);
                var response = JsonSerializer.SerializeToElement(CheckResponse.From(result), CliJson.Compact.CheckResponse);
                return Write(id, lineNumber, writer =>
                {
                    foreach (var property in response.EnumerateObject())
                    {
                        property.WriteTo(writer);
                    }
                });
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                return Error(id, lineNumber, $"check failed: {ex.Message}");
            }
        }
    }

    private static string Error(JsonElement? id, int lineNumber, string message) =>
        Write(id, lineNumber, writer => writer.WriteString("error", message));

    private static string Write(JsonElement? id, int lineNumber, Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, CliJson.WriterOptions))
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
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
