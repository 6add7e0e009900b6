using System.Text.Encodings.Web;
using System.Text.Json;
using FactBot.Functions.Contracts;

namespace FactBot.Cli;

/// <summary>JSON as the CLI prints it: the API's wire contract, with accents and quotes left readable.</summary>
internal static class CliJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly ContractJsonContext Compact = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static readonly ContractJsonContext Indented = new(new JsonSerializerOptions(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    });
}
