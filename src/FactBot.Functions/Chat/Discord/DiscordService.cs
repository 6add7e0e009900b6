using System.Text.Json;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat.Discord;

/// <summary>
/// A Discord interaction: verified (Discord probes the endpoint with bad signatures: 401); PING → PONG; the factcheck
/// command → the verdict with buttons, once per interaction id; a button (type 3) → feedback stored, acknowledged to the user alone.
/// </summary>
public sealed class DiscordService(DiscordSignatureVerifier verifier, JsonRequestBinder<DiscordInteraction> interactions, ChatDeliveries chat, ILogger<DiscordService> logger)
{
    public bool IsConfigured => verifier.IsConfigured;

    public async Task<ServiceOutcome<string>> InteractionAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (verifier.Verify(request) is { } unauthentic)
        {
            RequestLog.Rejected(logger, request.Method, request.Path, unauthentic.Status, unauthentic.Title);
            return unauthentic;
        }

        var bound = interactions.Bind(request.Body, request.Method, request.Path);
        if (!bound.Succeeded)
        {
            return bound.Problem;
        }

        var interaction = bound.Value;
        return interaction.Type switch
        {
            DiscordInteraction.Ping => DiscordReplies.Pong(),
            DiscordInteraction.ApplicationCommand => await CommandAsync(interaction, cancellationToken),
            DiscordInteraction.MessageComponent => await ComponentAsync(interaction, cancellationToken),
            _ => new RequestProblem(StatusCodes.Status400BadRequest, "Unsupported interaction type", $"Interaction type {interaction.Type} is not one FactBot registers for (1, 2 or 3)."),
        };
    }

    private async Task<ServiceOutcome<string>> CommandAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        var labels = ChatLabels.Default.For(ChatReply.LanguageOf(interaction.Locale));
        var option = interaction.Data!.Options?.FirstOrDefault(o => o.Name == DiscordCommand.ClaimOption)?.Value;
        var claim = option is { ValueKind: JsonValueKind.String } value ? value.GetString()!.Trim() : string.Empty;
        if (interaction.Data.Name != DiscordCommand.Name || claim.Length == 0)
        {
            return DiscordReplies.Ephemeral(labels.UsageDiscord);
        }

        if (ChatClaim.Problem(claim, labels) is { } refused)
        {
            return DiscordReplies.Ephemeral(refused);
        }

        var delivery = new ChatDelivery(ChatPlatform.Discord, interaction.Id!, interaction.GuildId, interaction.UserId);
        return await chat.CheckOnceAsync(delivery, claim, check => DiscordReplies.Verdict(ChatReply.From(check, ChatLabels.Default)), labels, DiscordReplies.Ephemeral, cancellationToken);
    }

    private async Task<ServiceOutcome<string>> ComponentAsync(DiscordInteraction interaction, CancellationToken cancellationToken)
    {
        if (!FeedbackButton.TryParse(interaction.Data!.CustomId, out var button))
        {
            return new RequestProblem(StatusCodes.Status400BadRequest, "Unknown component", "The pressed component is not one of FactBot's feedback buttons.");
        }

        var labels = ChatLabels.Default.For(button.Language);
        var delivery = new ChatDelivery(ChatPlatform.Discord, interaction.Id!, interaction.GuildId, interaction.UserId);
        return await chat.FeedbackOnceAsync(
            delivery,
            button,
            outcome => DiscordReplies.Ephemeral(outcome switch
            {
                ChatFeedbackOutcome.Recorded => labels.FeedbackThanks,
                ChatFeedbackOutcome.UnknownCheck => labels.FeedbackUnknownCheck,
                _ => labels.FeedbackUnavailable,
            }),
            cancellationToken);
    }
}
