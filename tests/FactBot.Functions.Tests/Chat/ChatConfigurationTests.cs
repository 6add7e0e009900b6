using System.Net;
using System.Text;
using FactBot.Functions.Tests.Http;
using FactBot.Functions.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Tests.Chat;

public sealed class ChatConfigurationTests
{
    private static readonly string[] Routes = ["/api/chat/slack", "/api/chat/slack/interactions", "/api/chat/teams", "/api/chat/telegram", "/api/chat/discord"];

    [Fact]
    public async Task Without_secrets_every_chat_route_is_404_and_each_platform_logs_one_warning_at_start()
    {
        using var factory = new UnconfiguredChatHost(_ => null);
        var client = factory.CreateClient();

        foreach (var route in Routes)
        {
            var response = await client.PostAsync(route, new StringContent("{\"type\":1}", Encoding.UTF8, "application/json"));

            await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound, "Not found");
        }

        var warnings = factory.Logs.GetSnapshot().Where(l => l.Level == LogLevel.Warning && l.Message.Contains("chat is off", StringComparison.Ordinal)).Select(l => l.Message).ToArray();
        Assert.Equal(4, warnings.Length);
        Assert.Contains(warnings, w => w.StartsWith("Slack chat is off: FactBot:Slack:SigningSecret is not set, so /api/chat/slack answers 404", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith("Discord chat is off: FactBot:Discord:PublicKey is not set", StringComparison.Ordinal));
        Assert.Equal(0, factory.Checks.Count);
    }

    [Fact]
    public async Task An_unresolved_key_vault_reference_turns_the_platform_off_with_a_warning_and_the_app_still_starts()
    {
        const string reference = "@Microsoft.KeyVault(VaultName=kv-factbot;SecretName=FactBot--Telegram--SecretToken)";
        using var factory = new UnconfiguredChatHost(key => key == "FactBot:Telegram:SecretToken" ? reference : null);
        var client = factory.CreateClient();

        var telegram = await client.PostAsync("/api/chat/telegram", new StringContent("{\"update_id\":1}", Encoding.UTF8, "application/json"));
        var health = await client.GetAsync("/api/health");

        await ProblemAssert.IsProblemAsync(telegram, HttpStatusCode.NotFound, "Not found");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var warning = Assert.Single(factory.Logs.GetSnapshot(), l => l.Message.StartsWith("Telegram chat is off", StringComparison.Ordinal));
        Assert.Contains("unresolved Key Vault reference", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("kv-factbot", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("FactBot:Slack:SigningSecret", "short")]
    [InlineData("FactBot:Slack:SigningSecret", "a secret with spaces in it")]
    [InlineData("FactBot:Teams:SecurityToken", "not base64!")]
    [InlineData("FactBot:Teams:SecurityToken", "c2hvcnQ=")]
    [InlineData("FactBot:Telegram:SecretToken", "has spaces and is long enough")]
    [InlineData("FactBot:Telegram:SecretToken", "tooshort")]
    [InlineData("FactBot:Discord:PublicKey", "deadbeef")]
    [InlineData("FactBot:Discord:PublicKey", "zz09cd313faaef88d3bd2ed6040256b9c154a1c594a3d95d5989bf0f607e43")]
    public async Task A_malformed_secret_fails_start_with_one_line_naming_the_setting_but_not_the_value(string setting, string value)
    {
        using var worker = new FunctionsWorkerHarness(new Dictionary<string, string> { [setting] = value }, _ => { });
        var error = new StringWriter();

        var exitCode = await FactBotHost.RunAsync(worker.Services.GetRequiredService<IHost>(), error);

        Assert.Equal(FactBotHost.InvalidSettings, exitCode);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("FactBot cannot start: ", line, StringComparison.Ordinal);
        Assert.Contains(setting, line, StringComparison.Ordinal);
        Assert.DoesNotContain(value, line, StringComparison.Ordinal);
    }

    /// <summary>The chat host with each chat setting given by <c>setting</c> (null: unset).</summary>
    private sealed class UnconfiguredChatHost(Func<string, string?> setting) : ChatHostFactory
    {
        protected override IReadOnlyDictionary<string, string?> ChatSettings =>
            base.ChatSettings.Keys.ToDictionary(k => k, setting);
    }
}
