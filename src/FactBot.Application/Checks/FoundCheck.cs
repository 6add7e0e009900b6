using FactBot.Core.Facts;

namespace FactBot.Application.Checks;

/// <summary>A check read back from the claim log, with the evidence sentence (and its article) when its fact still exists.</summary>
public sealed record FoundCheck(CheckRecord Record, string? Sentence)
{
    /// <summary>The article of the evidence sentence, when the fact still exists.</summary>
    public SourceInfo? Source { get; init; }
}
