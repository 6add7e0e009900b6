using FactBot.TestSupport.Azurite;

namespace FactBot.Storage.Tests;

/// <summary>Every storage test that needs Azurite shares one instance for the whole run.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
