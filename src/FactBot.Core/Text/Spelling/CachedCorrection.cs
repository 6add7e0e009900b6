namespace FactBot.Core.Text.Spelling;

/// <summary>One remembered answer: the token asked about and its correction, null when there is none.</summary>
internal sealed record CachedCorrection(string Token, Correction? Correction);
