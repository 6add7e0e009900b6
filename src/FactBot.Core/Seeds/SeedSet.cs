using FactBot.Core.Facts;

namespace FactBot.Core.Seeds;

/// <summary>Every fact record loaded from a seeds folder, with a hash of the files it came from.</summary>
public sealed record SeedSet(IReadOnlyList<SourceInfo> Sources, IReadOnlyList<FactRecord> Facts, string FileHash);
