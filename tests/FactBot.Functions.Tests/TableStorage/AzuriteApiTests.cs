using FactBot.TestSupport.Azurite;

namespace FactBot.Functions.Tests.TableStorage;

/// <summary>The API tests that run against Table Storage share one Azurite.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteApiTests : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite (API)";
}
