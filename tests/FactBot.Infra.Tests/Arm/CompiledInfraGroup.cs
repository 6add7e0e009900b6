namespace FactBot.Infra.Tests.Arm;

[CollectionDefinition(Name)]
public sealed class CompiledInfraGroup : ICollectionFixture<CompiledInfra>
{
    public const string Name = "compiled infra/main.bicep";
}
