namespace FactBot.Cli.Authoring;

/// <summary>A lint finding of <c>factbot seeds validate</c>: a warning (an error under <c>--strict</c>), never a load error.</summary>
internal sealed record LintFinding(LintKind Kind, string Where, string Message)
{
    public override string ToString() => $"[{Kind.ToString().ToLowerInvariant()}] {Where}: {Message}";
}
