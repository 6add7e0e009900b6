using System.Text;

namespace FactBot.Functions.Chat;

/// <summary>
/// Builds one message text within a platform's limit: markup is ours (added whole or not at all), user and article text
/// is escaped and cut to its cap and to what is left, so the result never exceeds the limit and no tag is left open.
/// </summary>
public sealed class ChatMessageBuilder(int maxLength, Func<string, string> escape)
{
    private readonly StringBuilder text = new();

    public int Length => text.Length;

    /// <summary>Adds markup of our own (labels, tags), whole, if it fits.</summary>
    public ChatMessageBuilder Markup(string markup)
    {
        ArgumentNullException.ThrowIfNull(markup);
        if (markup.Length <= maxLength - text.Length)
        {
            text.Append(markup);
        }

        return this;
    }

    /// <summary>Adds <paramref name="open"/>, the escaped <paramref name="raw"/> text (cut to <paramref name="cap"/>) and <paramref name="close"/>, or nothing when even an ellipsis would not fit.</summary>
    public ChatMessageBuilder Text(string raw, int cap, string open = "", string close = "")
    {
        ArgumentNullException.ThrowIfNull(raw);
        var room = Math.Min(cap, maxLength - text.Length - open.Length - close.Length);
        if (room < ChatText.Ellipsis.Length)
        {
            return this;
        }

        text.Append(open).Append(ChatText.Fit(raw, escape, room)).Append(close);
        return this;
    }

    public override string ToString() => text.ToString();
}
