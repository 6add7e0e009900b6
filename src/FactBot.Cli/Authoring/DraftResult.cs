using System.Text.Json.Nodes;

namespace FactBot.Cli.Authoring;

/// <summary>A drafted facts file and what went into it.</summary>
internal sealed record DraftResult(JsonObject Json, int Sentences, int NewEntities, int SkippedLines)
{
    /// <summary>The values written (strings and numbers, not the <c>$schema</c> reference), TODO markers included.</summary>
    public int Values => DraftValues.Count(Json).Values;

    /// <summary>The TODO markers a person must resolve before the file validates.</summary>
    public int Todos => DraftValues.Count(Json).Todos;
}
