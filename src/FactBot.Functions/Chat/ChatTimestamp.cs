using System.Globalization;
using FactBot.Functions.Http;

namespace FactBot.Functions.Chat;

/// <summary>A signed Unix-seconds timestamp header, accepted within <see cref="ToleranceSeconds"/> of now so that a captured request cannot be replayed later.</summary>
public static class ChatTimestamp
{
    public const int ToleranceSeconds = 300;

    /// <summary>Null when <paramref name="value"/> is a Unix time within the tolerance; else the 401 problem naming <paramref name="header"/>.</summary>
    public static RequestProblem? Check(string? value, string header, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        if (value is null || value.Length > 12 || !long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return ChatProblems.Unauthorized("Invalid timestamp", $"The {header} header must be the send time in Unix seconds.");
        }

        var skew = seconds - time.GetUtcNow().ToUnixTimeSeconds();
        return Math.Abs(skew) > ToleranceSeconds
            ? ChatProblems.Unauthorized(
                "Timestamp out of range",
                $"The {header} is {Math.Abs(skew)} s {(skew < 0 ? "in the past" : "in the future")}; at most {ToleranceSeconds} s either way is accepted.")
            : null;
    }
}
