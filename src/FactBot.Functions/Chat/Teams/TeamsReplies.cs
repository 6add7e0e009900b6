using System.Text.Json.Nodes;

namespace FactBot.Functions.Chat.Teams;

/// <summary>
/// Teams replies: a message activity with one Adaptive Card. User and article text goes into RichTextBlock TextRuns,
/// which Teams renders as plain text (no markdown, no HTML, no <c>&lt;at&gt;</c> mention without an entity), so nothing in a
/// claim formats or pings. Outgoing webhooks cannot carry card actions other than openUrl, so Teams gets no feedback buttons.
/// </summary>
public static class TeamsReplies
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    /// <summary>Longest text of one run; a Teams message may hold about 28 KB in all.</summary>
    public const int MaxRunText = 2000;

    public static string Verdict(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var labels = reply.Labels;
        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = $"{reply.Verdict} ({reply.Confidence})", ["weight"] = "Bolder", ["size"] = "Medium", ["wrap"] = true },
            Labelled(labels.Claim, reply.Claim),
        };

        if (reply.Sentence is not null)
        {
            body.Add(Labelled(labels.Evidence, $"“{ChatText.Truncate(reply.Sentence, MaxRunText)}”"));
        }

        body.Add(Labelled(labels.Explanation, reply.Explanation));
        foreach (var sentence in reply.Related)
        {
            body.Add(Labelled(labels.Related, sentence));
        }

        if (reply.Source is not null)
        {
            body.Add(Labelled(labels.Source, reply.Source, subtle: true));
        }

        return Message(body, summary: $"{reply.Verdict}: {ChatText.Truncate(reply.Claim, 200)}");
    }

    /// <summary>A plain message (usage, a refused claim).</summary>
    public static string Text(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Message(new JsonArray { Run(text) }, summary: ChatText.Truncate(text, 200));
    }

    private static string Message(JsonArray body, string summary) => new JsonObject
    {
        ["type"] = "message",
        ["summary"] = summary,
        ["attachments"] = new JsonArray
        {
            new JsonObject
            {
                ["contentType"] = CardContentType,
                ["content"] = new JsonObject
                {
                    ["type"] = "AdaptiveCard",
                    ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                    ["version"] = "1.4",
                    ["body"] = body,
                },
            },
        },
    }.ToJsonString(ChatJsonContext.NodeOptions);

    private static JsonObject Labelled(string label, string text, bool subtle = false)
    {
        var value = new JsonObject { ["type"] = "TextRun", ["text"] = ChatText.Truncate(text, MaxRunText) };
        if (subtle)
        {
            value["isSubtle"] = true;
        }

        return new JsonObject
        {
            ["type"] = "RichTextBlock",
            ["inlines"] = new JsonArray { new JsonObject { ["type"] = "TextRun", ["text"] = label + ": ", ["weight"] = "Bolder" }, value },
        };
    }

    private static JsonObject Run(string text) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray { new JsonObject { ["type"] = "TextRun", ["text"] = ChatText.Truncate(text, MaxRunText) } },
    };
}
