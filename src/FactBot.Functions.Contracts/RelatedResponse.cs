namespace FactBot.Functions.Contracts;

public sealed record RelatedResponse(string FactId, string Sentence, double Score);
