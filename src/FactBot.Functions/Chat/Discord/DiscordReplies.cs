using System.Text.Json;

namespace FactBot.Functions.Chat.Discord;

/// <summary>
/// Discord replies: PONG, and type-4 messages within the 2,000-character content limit, escaped, with
/// <c>allowed_mentions: {"parse": []}</c> and link previews suppressed; the verdict carries "Right" / "Wrong" buttons.
/// </summary>
public static class DiscordReplies
{
    /// <summary>Discord's limit on a message's content.</summary>
    public const int MaxContent = 2000;

    /// <summary>Discord's limit on a button's label.</summary>
    public const int MaxButtonLabel = 80;

    public static string Pong() => Serialize(new DiscordInteractionResponse(DiscordInteractionResponse.Pong, null));

    public static string Verdict(ChatReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var labels = reply.Labels;
        var content = new ChatMessageBuilder(MaxContent, DiscordMarkdown.Escape)
            .Markup($"**{DiscordMarkdown.Escape(reply.Verdict)}** ({DiscordMarkdown.Escape(reply.Confidence)})\n")
            .Text(reply.Claim, 500, open: $"**{DiscordMarkdown.Escape(labels.Claim)}:** ", close: "\n");
        if (reply.Sentence is not null)
        {
            content.Text(reply.Sentence, 600, open: $"**{DiscordMarkdown.Escape(labels.Evidence)}:** “", close: "”\n");
        }

        content.Text(reply.Explanation, 500, open: $"**{DiscordMarkdown.Escape(labels.Explanation)}:** ", close: "\n");
        foreach (var sentence in reply.Related)
        {
            content.Text(sentence, 120, open: $"• *{DiscordMarkdown.Escape(labels.Related)}:* ", close: "\n");
        }

        if (reply.Source is not null)
        {
            content.Text(reply.Source, 150, open: $"*{DiscordMarkdown.Escape(labels.Source)}: ", close: "*");
        }

        var buttons = new DiscordActionRow(1, [Button(3, labels.Right, reply.Right), Button(4, labels.Wrong, reply.Wrong)]);
        return Message(content.ToString().TrimEnd('\n'), DiscordMessage.SuppressEmbeds, [buttons]);
    }

    /// <summary>A message to the user alone (usage, a refused claim, the feedback acknowledgement).</summary>
    public static string Ephemeral(string text) =>
        Message(ChatText.Fit(text, DiscordMarkdown.Escape, MaxContent), DiscordMessage.Ephemeral | DiscordMessage.SuppressEmbeds, components: null);

    private static DiscordButton Button(int style, string label, FeedbackButton button) =>
        new(2, style, ChatText.Truncate(label, MaxButtonLabel), button.Encode());

    private static string Message(string content, int flags, IReadOnlyList<DiscordActionRow>? components) => Serialize(
        new DiscordInteractionResponse(
            DiscordInteractionResponse.ChannelMessageWithSource,
            new DiscordMessage(content, flags, components, DiscordAllowedMentions.None)));

    private static string Serialize(DiscordInteractionResponse response) =>
        JsonSerializer.Serialize(response, ChatJsonContext.Replies.DiscordInteractionResponse);
}
