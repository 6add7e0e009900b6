using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>
/// One pass over a JSON body with <see cref="Utf8JsonReader"/> that finds, with a precise problem, what the serializer
/// would report vaguely or not at all: a syntax error (line and byte), nesting deeper than <see cref="MaxDepth"/>,
/// a property name repeated in one object, a string holding an escaped unpaired surrogate. Also collects the names
/// of the root object's properties, so the binder can refuse unknown ones.
/// </summary>
internal static class JsonShape
{
    /// <summary>Deepest nesting of objects and arrays accepted (the root object is level 1).</summary>
    public const int MaxDepth = 32;

    public static RequestProblem? Check(ReadOnlySpan<byte> json, out JsonTokenType root, out IReadOnlyCollection<string> rootNames)
    {
        root = JsonTokenType.None;
        rootNames = [];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = MaxDepth * 2 });
        var frames = new Stack<Frame>();
        try
        {
            while (reader.Read())
            {
                if (root == JsonTokenType.None)
                {
                    root = reader.TokenType;
                }

                if (Visit(ref reader, frames, ref rootNames) is { } problem)
                {
                    return problem;
                }
            }
        }
        catch (JsonException ex)
        {
            return new RequestProblem(
                StatusCodes.Status400BadRequest,
                "Malformed JSON",
                $"The request body is not valid JSON: error at line {(ex.LineNumber ?? 0) + 1}, byte {ex.BytePositionInLine ?? 0}.");
        }

        return null;
    }

    private static RequestProblem? Visit(ref Utf8JsonReader reader, Stack<Frame> frames, ref IReadOnlyCollection<string> rootNames)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                var path = ChildPath(frames);
                if (reader.CurrentDepth >= MaxDepth)
                {
                    return Bad("JSON nested too deeply", $"The value at {path} is nested {reader.CurrentDepth + 1} levels deep; at most {MaxDepth} levels of objects and arrays are accepted.");
                }

                var frame = new Frame(path, reader.TokenType == JsonTokenType.StartObject ? new HashSet<string>(StringComparer.Ordinal) : null);
                if (frames.Count == 0 && frame.Names is { } names)
                {
                    rootNames = names;
                }

                frames.Push(frame);
                return null;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                frames.Pop();
                return null;
            case JsonTokenType.PropertyName:
                var parent = frames.Peek();
                if (!TryGetString(ref reader, out var name))
                {
                    return InvalidString($"{parent.Path} (a property name)");
                }

                if (!parent.Names!.Add(name))
                {
                    return Bad("Duplicate property", $"The object at {parent.Path} has the property '{name}' more than once; send each property once.");
                }

                parent.Property = name;
                return null;
            case JsonTokenType.String:
                var at = ChildPath(frames);
                return TryGetString(ref reader, out _) ? null : InvalidString(at);
            default:
                ChildPath(frames);
                return null;
        }
    }

    // The path of the value being read, moving an array's index on.
    private static string ChildPath(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return "$";
        }

        var parent = frames.Peek();
        return parent.Names is null ? $"{parent.Path}[{parent.NextIndex++}]" : $"{parent.Path}.{parent.Property}";
    }

    // System.Text.Json refuses to turn an escaped unpaired surrogate (\ud800) into a string.
    private static bool TryGetString(ref Utf8JsonReader reader, out string value)
    {
        try
        {
            value = reader.GetString()!;
            return true;
        }
        catch (InvalidOperationException)
        {
            value = string.Empty;
            return false;
        }
    }

    private static RequestProblem InvalidString(string path) =>
        Bad("Invalid JSON string", $"The string at {path} is not valid Unicode text (an escaped unpaired surrogate such as \\ud800).");

    private static RequestProblem Bad(string title, string detail) => new(StatusCodes.Status400BadRequest, title, detail);

    private sealed class Frame(string path, HashSet<string>? names)
    {
        public string Path { get; } = path;

        /// <summary>The property names seen so far; null for an array.</summary>
        public HashSet<string>? Names { get; } = names;

        public string? Property { get; set; }

        public int NextIndex { get; set; }
    }
}
