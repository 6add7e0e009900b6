using System.CommandLine;
using Azure.Core;
using FactBot.Storage;
using FactBot.TestSupport;
using FactBot.TestSupport.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Cli.Tests;

/// <summary><c>seed</c> composed as CliHost composes it (AddFactBot over configuration), with the storage settings the azd hook sets.</summary>
public sealed class SeedStorageSettingTests : IDisposable
{
    private readonly StringWriter output = new();
    private readonly StringWriter error = new();

    [Fact]
    public async Task Seed_with_only_a_TableServiceUri_writes_to_that_account_with_the_callers_identity()
    {
        // Arrange: the credential refuses, so the seed stops at its first request, having asked for a storage token.
        var credential = new RecordingCredential();

        // Act
        var exitCode = await RunAsync(new() { ["FactBot:Storage:TableServiceUri"] = "https://factbotdemo.table.core.windows.net" }, credential, "seed");

        // Assert
        Assert.NotEqual(0, exitCode);
        Assert.Contains(RecordingCredential.StorageScope, credential.Scopes);
        Assert.DoesNotContain("No Table Storage is configured", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_with_neither_setting_fails_and_names_both()
    {
        // Arrange
        var credential = new RecordingCredential();

        // Act
        var exitCode = await RunAsync([], credential, "seed");

        // Assert
        Assert.Equal(1, exitCode);
        Assert.Contains("FactBot__Storage__ConnectionString", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("FactBot__Storage__TableServiceUri", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(credential.Scopes);
    }

    public void Dispose()
    {
        output.Dispose();
        error.Dispose();
    }

    private Task<int> RunAsync(Dictionary<string, string?> settings, TokenCredential credential, params string[] args)
    {
        settings["FactBot:Seeds:Path"] = RepositoryRoot.Seeds;
        var services = new ServiceCollection()
            .AddSingleton(credential)
            .AddFactBot(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider();
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return CliRoot.Create(services).Parse(args).InvokeAsync(configuration, CancellationToken.None);
    }
}
