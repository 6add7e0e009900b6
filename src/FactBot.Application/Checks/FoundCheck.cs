namespace FactBot.Application.Checks;

/// <summary>A check read back from the claim log, with the evidence sentence when its fact still exists.</summary>
public sealed record FoundCheck(CheckRecord Record, string? Sentence);
