using FactBot.Functions.Chat.Discord;
using FactBot.Functions.Chat.Slack;
using FactBot.Functions.Chat.Teams;
using FactBot.Functions.Chat.Telegram;
using FactBot.Functions.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Functions.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>
    /// The chat platforms: each one's settings (validated on start; an unset secret or an unresolved Key Vault reference
    /// turns the platform off with a warning, a malformed one fails start), its verifier, request validator and service,
    /// the idempotent delivery handling they share, and the engine's warm-up at start.
    /// </summary>
    public static IServiceCollection AddFactBotChat(this IServiceCollection services)
    {
        services.AddPlatform<SlackOptions, SlackOptionsValidator>(SlackOptions.SectionName);
        services.AddPlatform<TeamsOptions, TeamsOptionsValidator>(TeamsOptions.SectionName);
        services.AddPlatform<TelegramOptions, TelegramOptionsValidator>(TelegramOptions.SectionName);
        services.AddPlatform<DiscordOptions, DiscordOptionsValidator>(DiscordOptions.SectionName);

        services.TryAddSingleton<IRequestValidator<SlackInteractionPayload>, SlackInteractionPayloadValidator>();
        services.TryAddSingleton<IRequestValidator<TeamsActivity>, TeamsActivityValidator>();
        services.TryAddSingleton<IRequestValidator<TelegramUpdate>, TelegramUpdateValidator>();
        services.TryAddSingleton<IRequestValidator<DiscordInteraction>, DiscordInteractionValidator>();

        services.TryAddSingleton<SlackSignatureVerifier>();
        services.TryAddSingleton<TeamsSignatureVerifier>();
        services.TryAddSingleton<TelegramSecretVerifier>();
        services.TryAddSingleton<DiscordSignatureVerifier>();

        services.TryAddSingleton<ChatDeliveries>();
        services.TryAddSingleton<SlackService>();
        services.TryAddSingleton<TeamsService>();
        services.TryAddSingleton<TelegramService>();
        services.TryAddSingleton<DiscordService>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChatPlatformsStartupLog>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ChatEngineWarmUp>());
        return services;
    }

    private static void AddPlatform<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>, TValidator>());
    }
}
