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
    public async Task<int> RunAsync(TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        var lineNumber = 0;
        var written = 0;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            await output.WriteLineAsync(await CheckLineAsync(line, lineNumber, cancellationToken));
            written++;
        }

        await output.FlushAsync(cancellationToken);
        return written;
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
