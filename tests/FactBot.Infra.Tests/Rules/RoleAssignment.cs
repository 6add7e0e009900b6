using System.Text.RegularExpressions;
using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>A Microsoft.Authorization/roleAssignments resource, read from its compiled expressions.</summary>
internal sealed partial record RoleAssignment(ArmResource Resource)
{
    /// <summary>The built-in role id, from a GUID literal or a variables('roles').name lookup.</summary>
    public Guid? RoleId
    {
        get
        {
            var expression = Resource.Properties["roleDefinitionId"]?.GetValue<string>() ?? "";
            var literal = GuidLiteral().Match(expression);
            if (literal.Success)
            {
                return Guid.Parse(literal.Value);
            }

            var variable = VariableMember().Match(expression);
            var value = variable.Success
                ? Resource.Context.Variables[variable.Groups["name"].Value]?[variable.Groups["member"].Value]?.GetValue<string>()
                : null;
            return Guid.TryParse(value, out var id) ? id : null;
        }
    }

    public BuiltInRole? Role => BuiltInRole.Allowed.FirstOrDefault(r => r.Id == RoleId);

    public string RoleName => Role?.Name ?? RoleId?.ToString() ?? "an unreadable role";

    /// <summary>
    /// The resource type the assignment is scoped to; null when it has no scope, which for a resource group
    /// deployment means the whole resource group.
    /// </summary>
    public string? ScopeType
    {
        get
        {
            var scope = Resource.Scope;
            if (scope is null || BroadScope().IsMatch(scope))
            {
                return null;
            }

            var typed = ResourceIdType().Match(scope);
            if (typed.Success)
            {
                return typed.Groups["type"].Value;
            }

            var formatted = FormatType().Match(scope);
            return formatted.Success ? FormatPlaceholder().Replace(formatted.Groups["path"].Value, "") : null;
        }
    }

    public string PrincipalType => Resource.Property("principalType")?.ToString() ?? "";

    public string PrincipalId => Resource.Properties["principalId"]?.ToString() ?? "";

    [GeneratedRegex(@"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")]
    private static partial Regex GuidLiteral();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)\.(?<member>\w+)")]
    private static partial Regex VariableMember();

    [GeneratedRegex(@"^\[(resourceGroup|subscription|managementGroup|tenant)\(\)")]
    private static partial Regex BroadScope();

    [GeneratedRegex(@"resourceId\('(?<type>[A-Za-z]+\.[A-Za-z]+/[A-Za-z/]+)'")]
    private static partial Regex ResourceIdType();

    [GeneratedRegex(@"format\('(?<path>[A-Za-z]+\.[A-Za-z]+/[^']+)'")]
    private static partial Regex FormatType();

    [GeneratedRegex(@"/\{\d+\}")]
    private static partial Regex FormatPlaceholder();
}
