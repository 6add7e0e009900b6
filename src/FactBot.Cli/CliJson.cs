using System.Text.Encodings.Web;
using System.Text.Json;
using FactBot.Functions.Http;

namespace FactBot.Cli;

/// <summary>JSON as the CLI prints it: the API's wire contract, with accents and quotes left readable.</summary>
internal static class CliJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly FunctionsJsonContext Compact = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static readonly FunctionsJsonContext Indented = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });
}
