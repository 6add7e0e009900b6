namespace FactBot.Core.Checking;

/// <summary>A record close to an unknown claim, offered so the user can rephrase.</summary>
public sealed record RelatedFact(string FactId, string Sentence, double Score);
