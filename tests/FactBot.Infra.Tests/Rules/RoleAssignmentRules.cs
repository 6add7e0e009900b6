using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>Who may do what, and where: least privilege on the narrowest resource.</summary>
internal static class RoleAssignmentRules
{
    /// <summary>Every assignment is a role FactBot needs, scoped to a resource that role applies to (never the resource group).</summary>
    public static IEnumerable<string> NarrowestScope(ArmTemplate template)
    {
        foreach (var assignment in Assignments(template))
        {
            if (assignment.Role is null)
            {
                yield return $"{assignment.Resource}: assigns {assignment.RoleName}, which FactBot does not need";
            }
            else if (assignment.ScopeType is not { } scope)
            {
                yield return $"{assignment.Resource}: {assignment.RoleName} is assigned on the whole resource group (or wider), not on one resource";
            }
            else if (!assignment.Role.Scopes.Contains(scope))
            {
                yield return $"{assignment.Resource}: {assignment.RoleName} is scoped to {scope}, not to one of {string.Join(", ", assignment.Role.Scopes)}";
            }
        }
    }

    /// <summary>The app's identity holds what it needs, and the developer's seed role is there but optional.</summary>
    public static IEnumerable<string> RequiredGrants(ArmTemplate template)
    {
        var assignments = Assignments(template).ToList();
        var app = assignments.Where(a => a.PrincipalType == "ServicePrincipal" && !a.Resource.IsConditional).ToList();
        foreach (var role in BuiltInRole.Allowed.Where(role => !app.Exists(a => a.Role == role)))
        {
            yield return $"the function app's identity is not granted {role.Name}";
        }

        var developer = assignments.Where(a => a.PrincipalId != "" && !app.Contains(a)).ToList();
        if (!developer.Exists(a => a.Role == BuiltInRole.StorageTableDataContributor && a.Resource.IsConditional))
        {
            yield return "the deploying developer gets no optional Storage Table Data Contributor role for the seed";
        }
    }

    private static IEnumerable<RoleAssignment> Assignments(ArmTemplate template) =>
        template.OfType("Microsoft.Authorization/roleAssignments").Select(r => new RoleAssignment(r));
}
