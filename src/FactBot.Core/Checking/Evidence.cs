using FactBot.Core.Facts;

namespace FactBot.Core.Checking;

/// <summary>The record that decided a verdict, and its verbatim sentence.</summary>
public sealed record Evidence(string FactId, string Sentence, SourceInfo Source);
