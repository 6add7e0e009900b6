using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests;

[Collection(CompiledInfraGroup.Name)]
public sealed class CompiledTemplateTests(CompiledInfra infra)
{
    public static TheoryData<string> Rules => new(InfraRule.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Rules))]
    public void Main_bicep_compiles_to_a_template_where(string rule)
    {
        var violations = InfraRule.Named(rule).Violations(infra.Template);

        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations.Prepend($"{rule}: {violations.Count} violation(s)")));
    }

    [Fact]
    public void Every_module_is_compiled_into_the_template()
    {
        var modules = infra.Template.OfType("Microsoft.Resources/deployments").Select(d => d.Name);

        Assert.Equal(["factbot-functionapp", "factbot-keyvault", "factbot-monitoring", "factbot-roles", "factbot-storage"], modules.Order());
    }
}
