namespace FactBot.Core.Contracts;

public sealed record EvidenceResponse(string FactId, string Sentence, SourceResponse Source);
