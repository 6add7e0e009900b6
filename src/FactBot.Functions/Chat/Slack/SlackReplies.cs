using System.Text.Json.Nodes;
using FactBot.Core.Facts;

namespace FactBot.Functions.Chat.Slack;

/// <summary>
/// Slack's replies (Block Kit): the verdict in the channel with "Right" / "Wrong" buttons, usage and refusals to the
/// user alone. Every text object carrying a claim or an article is mrkdwn with <c>verbatim: true</c> (Slack links and
/// mentions nothing in it) and escaped; each stays within Block Kit's limits (section text 3,000, button text 75).
/// </summary>
public static class SlackReplies
{
    /// <summary>Block Kit's limit on a section's text.</summary>
    public const int MaxSectionText = 3000;

    /// <summary>Block Kit's limit on a button's text.</summary>
    public const int MaxButtonText = 75;

    public const string RightActionId = "factbot_feedback_right";
    public const string WrongActionId = "factbot_feedback_wrong";

    public static string Verdict(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var labels = reply.Labels;
        var blocks = new JsonArray
        {
            Section(new ChatMessageBuilder(MaxSectionText, SlackText.Escape)
                .Markup($"*{SlackText.Escape(reply.Verdict)}* ({SlackText.Escape(reply.Confidence)})\n*{SlackText.Escape(labels.Claim)}:* ")
                .Text(reply.Claim, MaxSectionText)),
        };

        if (reply.Sentence is not null)
        {
            blocks.Add(Section(new ChatMessageBuilder(MaxSectionText, SlackText.Escape)
                .Markup($"*{SlackText.Escape(labels.Evidence)}:*\n")
                .Text(reply.Sentence, MaxSectionText, open: ">“", close: "”")));
        }

        blocks.Add(Section(new ChatMessageBuilder(MaxSectionText, SlackText.Escape)
            .Markup($"*{SlackText.Escape(labels.Explanation)}:* ")
            .Text(reply.Explanation, MaxSectionText)));

        if (reply.Related.Count > 0)
        {
            var related = new ChatMessageBuilder(MaxSectionText, SlackText.Escape).Markup($"*{SlackText.Escape(labels.Related)}:*");
            foreach (var sentence in reply.Related)
            {
                related.Text(sentence, MaxSectionText / 4, open: "\n• ");
            }

            blocks.Add(Section(related));
        }

        if (reply.Source is not null)
        {
            blocks.Add(new JsonObject
            {
                ["type"] = "context",
                ["elements"] = new JsonArray { Mrkdwn(new ChatMessageBuilder(MaxSectionText, SlackText.Escape).Markup($"{SlackText.Escape(labels.Source)}: ").Text(reply.Source, 300)) },
            });
        }

        blocks.Add(new JsonObject
        {
            ["type"] = "actions",
            ["block_id"] = "factbot_feedback",
            ["elements"] = new JsonArray { Button(RightActionId, labels.Right, reply.Right, "primary"), Button(WrongActionId, labels.Wrong, reply.Wrong, "danger") },
        });

        return Message("in_channel", FallbackText(reply), blocks);
    }

    /// <summary>Shown to the user alone: how to use the command, or why the claim was refused.</summary>
    public static string Ephemeral(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = ChatText.Fit(text, SlackText.Escape, MaxSectionText);
        return Message("ephemeral", escaped, new JsonArray { Section(new ChatMessageBuilder(MaxSectionText, SlackText.Escape).Text(text, MaxSectionText)) });
    }

    public static string Usage(string command, Language language) =>
        Ephemeral(ChatLabels.Fill(ChatLabels.Default.For(language).UsageSlack, ("command", command)));

    // The notification text, also what clients without Block Kit show.
    private static string FallbackText(ChatReply reply) =>
        new ChatMessageBuilder(MaxSectionText, SlackText.Escape).Markup($"{SlackText.Escape(reply.Verdict)}: ").Text(reply.Claim, MaxSectionText).ToString();

    private static string Message(string responseType, string text, JsonArray blocks) => new JsonObject
    {
        ["response_type"] = responseType,
        ["text"] = text,
        ["blocks"] = blocks,
        ["unfurl_links"] = false,
        ["unfurl_media"] = false,
    }.ToJsonString(ChatJsonContext.NodeOptions);

    private static JsonObject Section(ChatMessageBuilder text) => new() { ["type"] = "section", ["text"] = Mrkdwn(text) };

    private static JsonObject Mrkdwn(ChatMessageBuilder text) => new() { ["type"] = "mrkdwn", ["text"] = text.ToString(), ["verbatim"] = true };

    private static JsonObject Button(string actionId, string label, FeedbackButton button, string style) => new()
    {
        ["type"] = "button",
        ["action_id"] = actionId,
        ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = ChatText.Truncate(label, MaxButtonText), ["emoji"] = true },
        ["value"] = button.Encode(),
        ["style"] = style,
    };
}
