using System.Text.Json;
using System.Text.RegularExpressions;
using FactBot.Core.Facts;
using FactBot.Functions.Chat;

namespace FactBot.Functions.Tests.Chat;

public sealed partial class ChatLabelsTests
{
    [Fact]
    public void Every_language_gives_every_label_with_the_same_placeholders()
    {
        var english = ChatLabels.Default.For(Language.English);
        var french = ChatLabels.Default.For(Language.French);

        foreach (var property in typeof(ChatLabelSet).GetProperties())
        {
            var en = (string)property.GetValue(english)!;
            var fr = (string)property.GetValue(french)!;
            Assert.False(string.IsNullOrWhiteSpace(en), property.Name);
            Assert.False(string.IsNullOrWhiteSpace(fr), property.Name);
            Assert.Equal(Placeholders(en), Placeholders(fr));
        }

        Assert.NotEqual(english.Right, french.Right);
    }

    [Fact]
    public void The_labels_file_has_no_key_the_labels_do_not_read()
    {
        using var stream = typeof(ChatLabels).Assembly.GetManifestResourceStream(ChatLabels.ResourceName)!;
        using var document = JsonDocument.Parse(stream);
        var known = typeof(ChatLabelSet).GetProperties().Select(p => JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name)).Order(StringComparer.Ordinal).ToArray();

        foreach (var language in document.RootElement.EnumerateObject())
        {
            Assert.Equal(known, language.Value.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        }
    }

    [Theory]
    [InlineData("fb:y:en:0123456789abcdef0123456789abcdef", true, Language.English)]
    [InlineData("fb:n:fr:0123456789abcdef0123456789abcdef", false, Language.French)]
    public void A_feedback_button_round_trips(string data, bool correct, Language language)
    {
        Assert.True(FeedbackButton.TryParse(data, out var button));
        Assert.Equal((correct, language), (button.Correct, button.Language));
        Assert.Equal(data, button.Encode());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("fb:y:en:0123456789ABCDEF0123456789abcdef")]
    [InlineData("fb:x:en:0123456789abcdef0123456789abcdef")]
    [InlineData("fb:y:de:0123456789abcdef0123456789abcdef")]
    [InlineData("fb:y:EN:0123456789abcdef0123456789abcdef")]
    [InlineData("fb:y:en:0123456789abcdef0123456789abcde")]
    [InlineData("xx:y:en:0123456789abcdef0123456789abcdef")]
    public void Anything_else_is_not_a_feedback_button(string? data) => Assert.False(FeedbackButton.TryParse(data, out _));

    private static string[] Placeholders(string label) => Placeholder().Matches(label).Select(m => m.Value).Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{[a-z]+\}")]
    private static partial Regex Placeholder();
}
