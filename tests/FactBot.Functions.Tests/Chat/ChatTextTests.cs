using System.Globalization;
using CsCheck;
using FactBot.Functions.Chat;
using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Telegram;

namespace FactBot.Functions.Tests.Chat;

public sealed class ChatTextTests
{
    private static readonly Gen<string> Text = Gen.Frequency(
        (4, Gen.Char['a', 'z']),
        (2, Gen.OneOf(Gen.Const('&'), Gen.Const('<'), Gen.Const('>'), Gen.Const('@'), Gen.Const('*'), Gen.Const('\\'), Gen.Const(' '))),
        (1, Gen.Char['\u00C0', '\u024F']),
        (1, Gen.Const('\u0301')))
        .Array[0, 120].Select(c => new string(c))
        .SelectMany(s => Gen.Int[0, 10].Select(n => s.Insert(Math.Min(n, s.Length), "😀👍🏽")));

    private static readonly Func<string, string>[] Escapes = [SlackText.Escape, TelegramHtml.Escape, DiscordMarkdown.Escape, static t => t];

    [Fact]
    public void Fitted_text_never_exceeds_its_limit_never_splits_a_text_element_and_is_a_prefix_of_the_text_escaped()
    {
        Gen.Select(Text, Gen.Int[0, 200], Gen.Int[0, Escapes.Length - 1]).Sample((raw, max, which) =>
        {
            var escape = Escapes[which];

            var fitted = ChatText.Fit(raw, escape, max);

            Assert.True(fitted.Length <= max, $"{fitted.Length} > {max}");
            ChatAssert.HasNoLoneSurrogate(fitted);
            if (fitted == escape(raw))
            {
                return;
            }

            Assert.True(max == 0 || fitted.EndsWith(ChatText.Ellipsis, StringComparison.Ordinal));
            var kept = fitted.Length == 0 ? string.Empty : fitted[..^ChatText.Ellipsis.Length];
            var elements = StringInfo.ParseCombiningCharacters(raw).Select(i => escape(raw[..i].TrimEnd())).Append(escape(raw));
            Assert.Contains(kept, elements);
        });
    }

    [Theory]
    [InlineData("abc😀", 4, "abc…")]
    [InlineData("ab😀c", 4, "ab…")]
    [InlineData("ab😀c", 5, "ab😀c")]
    [InlineData("e\u0301e\u0301e\u0301", 4, "e\u0301…")]
    [InlineData("word and more", 10, "word and…")]
    public void Truncation_cuts_before_a_surrogate_pair_or_combining_mark_and_adds_an_ellipsis(string text, int max, string expected) =>
        Assert.Equal(expected, ChatText.Truncate(text, max));

    [Fact]
    public void Escaped_text_is_cut_in_the_raw_text_so_no_entity_is_split()
    {
        Assert.Equal("&amp;&amp;…", ChatText.Fit("&&&&", SlackText.Escape, 14));
        Assert.Equal("&lt;b…", ChatText.Fit("<b>bold</b>", TelegramHtml.Escape, 6));
    }

    [Fact]
    public void The_builder_adds_markup_whole_or_not_at_all_so_no_tag_is_left_open()
    {
        var text = new ChatMessageBuilder(20, TelegramHtml.Escape)
            .Markup("<b>x</b>")
            .Text("0123456789abcdef", 100, open: "<i>", close: "</i>")
            .Markup("<b>never fits</b>");

        Assert.Equal("<b>x</b><i>0123…</i>", text.ToString());
    }
}
