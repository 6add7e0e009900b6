namespace FactBot.Cli.Checking;

/// <summary>What <c>check --jsonl</c> did: lines answered, and how many of them are errors (refused claim, bad JSON, failed check).</summary>
internal sealed record JsonlSummary(int Written, int Failed);
