using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>Secret values come only from secure parameters: none is written in the template, none comes back out.</summary>
internal static partial class SecretRules
{
    /// <summary>Key Vault secrets, and the module parameters that carry them, get their values from secure parameters only.</summary>
    public static IEnumerable<string> ValuesFromSecureParameters(ArmTemplate template)
    {
        foreach (var secret in template.OfType("Microsoft.KeyVault/vaults/secrets"))
        {
            foreach (var problem in Insecure(secret.Properties["value"], secret.Context, $"{secret} value"))
            {
                yield return problem;
            }
        }

        foreach (var module in template.OfType("Microsoft.Resources/deployments"))
        {
            var nested = template.Module(module.Name);
            foreach (var (name, _) in nested.Parameters.Where(p => nested.IsSecureParameter(p.Key)))
            {
                var passed = module.Properties["parameters"]?[name]?["value"];
                foreach (var problem in Insecure(passed, module.Context, $"module {module.Name} parameter {name}"))
                {
                    yield return problem;
                }
            }
        }

        foreach (var context in template.Templates())
        {
            foreach (var (name, parameter) in context.Parameters.Where(p => context.IsSecureParameter(p.Key)))
            {
                if (parameter?["defaultValue"] is JsonValue value && value.ToString() != "")
                {
                    yield return $"secure parameter {name} of {context.Name} has a default value written in the template";
                }
            }
        }
    }

    /// <summary>No output is secure-typed or echoes a secure parameter.</summary>
    public static IEnumerable<string> NoSecretOutputs(ArmTemplate template)
    {
        foreach (var context in template.Templates())
        {
            foreach (var (name, output) in context.Outputs)
            {
                var type = output?["type"]?.GetValue<string>() ?? "";
                var references = ParameterNames(ArmTemplate.Text(output?["value"])).Where(context.IsSecureParameter);
                if (type.StartsWith("secure", StringComparison.OrdinalIgnoreCase) || references.Any())
                {
                    yield return $"output {name} of {context.Name} exposes a secret";
                }
            }
        }
    }

    /// <summary>A value is secure when every string in it is an expression reading a secure parameter, directly or through variables.</summary>
    private static IEnumerable<string> Insecure(JsonNode? value, TemplateContext context, string what)
    {
        switch (value)
        {
            case null:
                yield break;
            case JsonObject members:
                foreach (var problem in members.SelectMany(m => Insecure(m.Value, context, $"{what}.{m.Key}")))
                {
                    yield return problem;
                }

                yield break;
            case JsonArray items:
                foreach (var problem in items.SelectMany(i => Insecure(i, context, what)))
                {
                    yield return problem;
                }

                yield break;
        }

        var text = value.ToString();
        if (!text.StartsWith('[') || text.StartsWith("[[", StringComparison.Ordinal))
        {
            yield return $"{what} is a literal written in the template";
            yield break;
        }

        if (ParameterNames(text).Any(context.IsSecureParameter))
        {
            yield break;
        }

        var variables = VariableNames(text).ToList();
        if (variables.Count == 0)
        {
            yield return $"{what} reads no secure parameter of {context.Name}";
        }

        foreach (var problem in variables.SelectMany(v => Insecure(context.Variables[v], context, $"{what} (variable {v})")))
        {
            yield return problem;
        }
    }

    private static IEnumerable<string> ParameterNames(string expression) =>
        ParameterReference().Matches(expression).Select(m => m.Groups["name"].Value);

    private static IEnumerable<string> VariableNames(string expression) =>
        VariableReference().Matches(expression).Select(m => m.Groups["name"].Value);

    [GeneratedRegex(@"parameters\('(?<name>[^']+)'\)")]
    private static partial Regex ParameterReference();

    [GeneratedRegex(@"variables\('(?<name>[^']+)'\)")]
    private static partial Regex VariableReference();
}
