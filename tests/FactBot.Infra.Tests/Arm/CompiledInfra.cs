using FactBot.TestSupport;

namespace FactBot.Infra.Tests.Arm;

/// <summary>infra/main.bicep compiled once per test run; tests that mutate it work on a <see cref="ArmTemplate.Clone"/>.</summary>
public sealed class CompiledInfra
{
    private readonly Lazy<ArmTemplate> template =
        new(() => ArmTemplate.Parse(BicepCli.Build(RepositoryLayout.Root, Path.Combine("infra", "main.bicep"))));

    internal ArmTemplate Template => template.Value;
}
