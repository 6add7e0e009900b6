using FactBot.Functions.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Chat.Telegram;

/// <summary>
/// A Telegram update: verified by its secret token; a claim is answered with <c>sendMessage</c> once per update_id (Telegram
/// redelivers until it gets a 2xx, and a redelivery gets the first answer); a feedback button's callback query stores the
/// feedback and answers <c>answerCallbackQuery</c>; <c>/start</c> and <c>/help</c> get usage; any other update an empty 200.
/// </summary>
public sealed class TelegramService(TelegramSecretVerifier verifier, JsonRequestBinder<TelegramUpdate> updates, ChatDeliveries chat, ILogger<TelegramService> logger)
{
    public bool IsConfigured => verifier.IsConfigured;

    public async Task<ServiceOutcome<string>> UpdateAsync(ChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (verifier.Verify(request) is { } unauthentic)
        {
            RequestLog.Rejected(logger, request.Method, request.Path, unauthentic.Status, unauthentic.Title);
            return unauthentic;
        }

        var bound = updates.Bind(request.Body, request.Method, request.Path);
        if (!bound.Succeeded)
        {
            return bound.Problem;
        }

        var update = bound.Value;
        if (update.CallbackQuery is { } query)
        {
            return await FeedbackAsync(update, query, cancellationToken);
        }

        return update.Message is { Text: { } text } message ? await MessageAsync(update, message, text, cancellationToken) : string.Empty;
    }

    private async Task<ServiceOutcome<string>> MessageAsync(TelegramUpdate update, TelegramMessage message, string text, CancellationToken cancellationToken)
    {
        var chatId = message.Chat!.Id!.Value;
        var messageId = message.MessageId!.Value;
        var labels = ChatLabels.Default.For(ChatReply.LanguageOf(message.From?.LanguageCode));
        var claim = TelegramCommand.ClaimOf(text, message.Chat.IsPrivate, out var usage);
        if (usage)
        {
            return TelegramReplies.Text(labels.UsageTelegram, chatId, messageId);
        }

        if (claim is null)
        {
            return string.Empty;
        }

        if (ChatClaim.Problem(claim, labels) is { } refused)
        {
            return TelegramReplies.Text(refused, chatId, messageId);
        }

        var delivery = new ChatDelivery(ChatPlatform.Telegram, Id(update), chatId.ToString(System.Globalization.CultureInfo.InvariantCulture), UserId(message.From));
        return await chat.CheckOnceAsync(delivery, claim, check => TelegramReplies.Verdict(ChatReply.From(check, ChatLabels.Default), chatId, messageId), labels, text => TelegramReplies.Text(text, chatId, messageId), cancellationToken);
    }

    private async Task<ServiceOutcome<string>> FeedbackAsync(TelegramUpdate update, TelegramCallbackQuery query, CancellationToken cancellationToken)
    {
        if (!FeedbackButton.TryParse(query.Data, out var button))
        {
            // Not one of FactBot's buttons: stop the client's spinner and say nothing.
            return TelegramReplies.Answer(query.Id!, text: null);
        }

        var labels = ChatLabels.Default.For(button.Language);
        var chatId = query.Message?.Chat?.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var delivery = new ChatDelivery(ChatPlatform.Telegram, Id(update), chatId, UserId(query.From));
        return await chat.FeedbackOnceAsync(
            delivery,
            button,
            outcome => TelegramReplies.Answer(query.Id!, outcome switch
            {
                ChatFeedbackOutcome.Recorded => labels.FeedbackThanks,
                ChatFeedbackOutcome.UnknownCheck => labels.FeedbackUnknownCheck,
                _ => labels.FeedbackUnavailable,
            }),
            cancellationToken);
    }

    private static string Id(TelegramUpdate update) => update.UpdateId!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? UserId(TelegramUser? user) => user?.Id?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
