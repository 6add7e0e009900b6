using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactBot.Functions.Contracts;

/// <summary>
/// The response bodies' JSON as the API and the CLI write it: <see cref="ContractJsonContext"/>'s contracts, with
/// non-ASCII text written as UTF-8 ("fondée", not "fond\u00e9e") so a French answer is readable raw. System.Text.Json
/// still escapes what it always escapes: control characters, characters outside the BMP, unassigned and private-use ones.
/// </summary>
public static class WireJson
{
    /// <summary>The encoder: JSON string escaping only, none of the HTML-oriented escaping of the default encoder.</summary>
    public static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    public static ContractJsonContext Context { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Encoder });

    public static ContractJsonContext Indented { get; } = new(new JsonSerializerOptions(JsonSerializerDefaults.Web) { Encoder = Encoder, WriteIndented = true });
}
