namespace FactBot.Core.Reading;

/// <summary>A superlative in a claim: its tokens and which one it picks.</summary>
internal sealed record Superlative(int Start, int End, SuperlativeKind Kind);
