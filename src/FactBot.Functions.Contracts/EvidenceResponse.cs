namespace FactBot.Functions.Contracts;

public sealed record EvidenceResponse(string FactId, string Sentence, SourceResponse Source);
