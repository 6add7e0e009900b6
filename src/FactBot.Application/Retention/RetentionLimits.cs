namespace FactBot.Application.Retention;

/// <summary>How much an in-memory store keeps: at most <see cref="MaxEntries"/> entries, none older than <see cref="MaxAge"/>.</summary>
public sealed record RetentionLimits(int MaxEntries, TimeSpan MaxAge);
