using System.Text.Json;
using FactBot.Functions.Contracts;

namespace FactBot.Cli;

/// <summary>JSON as the CLI writes it by hand (the JSONL envelope): the API's encoder, accents and quotes left readable.</summary>
internal static class CliJson
{
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = WireJson.Encoder };
}
