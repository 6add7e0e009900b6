namespace FactBot.Application.Text;

/// <summary>Why a client text was refused: a short title and a detail naming the field (the API answers them as a 400 problem).</summary>
public sealed record TextViolation(string Title, string Detail);
