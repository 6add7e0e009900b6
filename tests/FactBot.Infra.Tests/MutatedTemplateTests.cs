using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests;

[Collection(CompiledInfraGroup.Name)]
public sealed class MutatedTemplateTests(CompiledInfra infra)
{
    public static TheoryData<string> Mutations => new(InfraMutation.All.Select(m => m.Name));

    [Theory]
    [MemberData(nameof(Mutations))]
    public void A_template_with_this_change_is_refused(string mutation)
    {
        var change = InfraMutation.Named(mutation);
        var template = infra.Template.Clone();

        change.Apply(template);
        var violations = InfraRule.Named(change.Rule).Violations(template);

        Assert.NotEmpty(violations);
    }

    [Fact]
    public void Mutating_a_clone_leaves_the_compiled_template_as_it_was()
    {
        var before = infra.Template.Json;

        foreach (var change in InfraMutation.All)
        {
            change.Apply(infra.Template.Clone());
        }

        Assert.Equal(before, infra.Template.Json);
    }
}
