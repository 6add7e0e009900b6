using System.Text.Json;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Functions.Chat;

/// <summary>
/// The labels, buttons and messages of chat replies, per language, read once from the embedded <c>chat-labels.json</c>
/// (so wording is data, not code). Every language must give every label: a missing one fails the load.
/// </summary>
public sealed class ChatLabels
{
    public const string ResourceName = "FactBot.Functions.Chat.chat-labels.json";

    private readonly IReadOnlyDictionary<Language, ChatLabelSet> sets;

    private ChatLabels(IReadOnlyDictionary<Language, ChatLabelSet> sets) => this.sets = sets;

    public static ChatLabels Default { get; } = Load();

    public ChatLabelSet For(Language language) => sets[language];

    /// <summary>The label of a verdict.</summary>
    public static string VerdictLabel(ChatLabelSet labels, Verdict verdict) => verdict switch
    {
        Verdict.Supported => labels.Supported,
        Verdict.Contradicted => labels.Contradicted,
        _ => labels.Unknown,
    };

    /// <summary>A label with its <c>{name}</c> placeholders filled in.</summary>
    public static string Fill(string label, params (string Name, string Value)[] values)
    {
        ArgumentNullException.ThrowIfNull(label);
        foreach (var (name, value) in values)
        {
            label = label.Replace("{" + name + "}", value, StringComparison.Ordinal);
        }

        return label;
    }

    internal static ChatLabels Load()
    {
        using var stream = typeof(ChatLabels).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        var byCode = JsonSerializer.Deserialize(stream, ChatJsonContext.Default.DictionaryStringChatLabelSet)
            ?? throw new InvalidDataException($"{ResourceName} is empty.");
        var sets = new Dictionary<Language, ChatLabelSet>();
        foreach (var language in Enum.GetValues<Language>())
        {
            if (!byCode.TryGetValue(language.ToCode(), out var set) || set is null)
            {
                throw new InvalidDataException($"{ResourceName} has no labels for '{language.ToCode()}'.");
            }

            var blank = typeof(ChatLabelSet).GetProperties().Where(p => string.IsNullOrWhiteSpace(p.GetValue(set) as string)).Select(p => p.Name).ToArray();
            if (blank.Length > 0)
            {
                throw new InvalidDataException($"{ResourceName} '{language.ToCode()}' lacks {string.Join(", ", blank)}.");
            }

            sets[language] = set;
        }

        return new ChatLabels(sets);
    }
}
