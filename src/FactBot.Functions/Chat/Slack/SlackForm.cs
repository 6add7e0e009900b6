using System.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Primitives;

namespace FactBot.Functions.Chat.Slack;

/// <summary>A Slack form body (<c>application/x-www-form-urlencoded</c>), read from the raw bytes the signature covered.</summary>
public sealed class SlackForm
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, StringValues> fields;

    private SlackForm(Dictionary<string, StringValues> fields) => this.fields = fields;

    /// <summary>The form, or 400 when the body is not UTF-8 or sends a field twice.</summary>
    public static ServiceOutcome<SlackForm> Parse(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Invalid UTF-8", "The form body is not valid UTF-8.");
        }

        var fields = QueryHelpers.ParseQuery(text);
        if (fields.FirstOrDefault(f => f.Value.Count > 1) is { Key: { } twice })
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Repeated field", $"The form sends '{twice}' more than once.");
        }

        return new SlackForm(fields);
    }

    /// <summary>The field's value, or null when it is absent.</summary>
    public string? this[string name] => fields.TryGetValue(name, out var value) ? value.ToString() : null;
}
