using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using NSec.Cryptography;

namespace FactBot.Functions.Tests.Chat;

/// <summary>
/// The LocalHost in process on the embedded store with every chat platform configured (test secrets, a Discord key pair
/// made here), counting stores, and a fake logger that keeps what the host logged.
/// </summary>
public class ChatHostFactory : ApiHostFactory
{
    public const string SlackSecret = "8f742231b10e8888abcd99yyyzzz85a5";
    public const string TelegramToken = "telegram-test-secret-token_0123456789";

    /// <summary>A Teams security token: base64 of 32 bytes.</summary>
    public static readonly string TeamsToken = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray());

    public NSec.Cryptography.Key DiscordKey { get; } = NSec.Cryptography.Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    public FakeLogCollector Logs { get; } = new();

    public string DiscordPublicKeyHex => Convert.ToHexStringLower(DiscordKey.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    protected virtual IReadOnlyDictionary<string, string?> ChatSettings => new Dictionary<string, string?>
    {
        ["FactBot:Slack:SigningSecret"] = SlackSecret,
        ["FactBot:Teams:SecurityToken"] = TeamsToken,
        ["FactBot:Telegram:SecretToken"] = TelegramToken,
        ["FactBot:Discord:PublicKey"] = DiscordPublicKeyHex,
    };

    protected virtual TimeProvider? Time => null;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in ChatSettings)
        {
            builder.UseSetting(key, value ?? string.Empty);
        }

        builder.ConfigureTestServices(services =>
        {
            services.AddLogging(logging => logging.AddProvider(new FakeLoggerProvider(Logs)));
            if (Time is { } time)
            {
                services.AddSingleton(time);
            }
        });
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            DiscordKey.Dispose();
        }

        base.Dispose(disposing);
    }
}
