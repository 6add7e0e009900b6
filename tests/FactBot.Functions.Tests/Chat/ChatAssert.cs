using System.Net;
using System.Text.Json;

namespace FactBot.Functions.Tests.Chat;

internal static class ChatAssert
{
    /// <summary>A 200 JSON reply, parsed.</summary>
    public static async Task<JsonElement> ReplyAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(body);
        return document.RootElement.Clone();
    }

    /// <summary>No text of the reply has a code unit that is half of a surrogate pair without its other half.</summary>
    public static void HasNoLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            Assert.False(char.IsSurrogate(text[i]), $"Lone surrogate U+{(int)text[i]:X4} at {i}");
        }
    }
}
