namespace FactBot.Cli.Authoring;

/// <summary>A sentence of an article and the line (from 1) it is on.</summary>
internal sealed record ArticleSentence(int Line, string Text);
