using System.Text.Json;

namespace FactBot.Functions.Webhooks;

/// <summary>The body of a <c>POST /api/webhooks/claims</c> delivery: a claim and optional sender metadata (an object of at most 4 KiB, not stored).</summary>
public sealed record WebhookClaimRequest(string? Claim, JsonElement? Metadata);
