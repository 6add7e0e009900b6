using System.Text.RegularExpressions;
using FactBot.Infra.Tests.Arm;
using YamlDotNet.RepresentationModel;

namespace FactBot.Infra.Tests;

/// <summary>azure.yaml, main.parameters.json and the seed hook agree with each other and with the compiled template.</summary>
[Collection(CompiledInfraGroup.Name)]
public sealed partial class AzdConfigurationTests(CompiledInfra infra)
{
    private const string Service = "api";

    [Fact]
    public void Azure_yaml_deploys_the_functions_project_as_code_to_a_function_host()
    {
        var api = AzdProject.AzureYaml().At("services", Service);

        Assert.Equal("function", api.At("host").Text());
        Assert.Equal("dotnet", api.At("language").Text());
        var project = Path.GetFullPath(Path.Combine(AzdProject.Root, api.At("project").Text()!));
        var csproj = Assert.Single(Directory.GetFiles(project, "*.csproj"));
        Assert.Contains("<AzureFunctionsVersion>v4</AzureFunctionsVersion>", File.ReadAllText(csproj), StringComparison.Ordinal);
        Assert.Null(api.At("docker"));
    }

    [Fact]
    public void Azure_yaml_provisions_infra_main_bicep()
    {
        var yaml = AzdProject.AzureYaml();

        var module = Path.Combine(yaml.At("infra", "path").Text() ?? "infra", (yaml.At("infra", "module").Text() ?? "main") + ".bicep");

        Assert.True(File.Exists(Path.Combine(AzdProject.Root, module)), module);
        Assert.Equal("bicep", yaml.At("infra", "provider").Text() ?? "bicep");
    }

    [Fact]
    public void The_function_app_carries_the_azd_service_name_of_the_service()
    {
        var site = infra.Template.Single("Microsoft.Web/sites");

        var tags = ArmTemplate.Text(site.Context.Resolve(site.Node["tags"]));

        Assert.Equal(Service, AzdServiceName().Match(tags).Groups["name"].Value);
        var service = Assert.Single(((YamlMappingNode)AzdProject.AzureYaml().At("services")!).Children);
        Assert.Equal(Service, service.Key.Text());
    }

    [Theory]
    [InlineData("posix", "sh")]
    [InlineData("windows", "pwsh")]
    public void The_postdeploy_hook_seeds_through_the_table_endpoint_with_the_developers_login(string platform, string shell)
    {
        var hook = AzdProject.AzureYaml().At("hooks", "postdeploy", platform);

        Assert.Equal(shell, hook.At("shell").Text());
        var script = File.ReadAllText(Path.Combine(AzdProject.Root, hook.At("run").Text()!));
        Assert.Contains("FactBot__Storage__TableServiceUri", script, StringComparison.Ordinal);
        Assert.Contains("FactBot.Cli", script, StringComparison.Ordinal);
        Assert.Contains("-- seed", script, StringComparison.Ordinal);
        Assert.DoesNotContain("AccountKey", script, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("infra/hooks/seed.sh")]
    [InlineData("infra/hooks/seed.ps1")]
    public void Every_environment_value_the_hook_reads_is_an_output_of_the_template(string path)
    {
        var script = File.ReadAllText(Path.Combine(AzdProject.Root, path));
        var outputs = infra.Template.Main.Outputs.Select(o => o.Key).ToHashSet();

        // FACTBOT_SEED_* are the hook's own knobs; every other FACTBOT_ name must come from `azd provision`.
        var read = FactBotVariable().Matches(script).Select(m => m.Value).Where(n => !n.StartsWith("FACTBOT_SEED_", StringComparison.Ordinal)).ToHashSet();

        Assert.Contains("FACTBOT_STORAGE_TABLE_SERVICE_URI", read);
        Assert.Subset(outputs, read);
    }

    [Fact]
    public void Main_parameters_json_names_only_parameters_of_the_template_and_takes_every_value_from_the_azd_environment()
    {
        var parameters = AzdProject.MainParameters();
        var declared = infra.Template.Main.Parameters;

        Assert.All(parameters, p => Assert.True(declared.ContainsKey(p.Key), $"{p.Key} is not a parameter of main.bicep"));
        Assert.All(parameters, p => Assert.Matches(EnvironmentSubstitution(), p.Value!["value"]!.GetValue<string>()));
        Assert.All(declared.Where(p => p.Value!["defaultValue"] is null), p => Assert.True(parameters.ContainsKey(p.Key), $"required parameter {p.Key} is not mapped"));
    }

    [Fact]
    public void Every_secret_and_the_developer_principal_can_be_given_through_the_azd_environment()
    {
        var parameters = AzdProject.MainParameters();
        var main = infra.Template.Main;

        var secure = main.Parameters.Where(p => main.IsSecureParameter(p.Key)).Select(p => p.Key).ToList();

        Assert.Equal(5, secure.Count);
        Assert.All(secure, name => Assert.True(parameters.ContainsKey(name), $"secure parameter {name} is not mapped"));
        Assert.Equal("${AZURE_PRINCIPAL_ID}", parameters["principalId"]!["value"]!.GetValue<string>());
    }

    [GeneratedRegex(@"'azd-service-name',\s*'(?<name>[^']+)'")]
    private static partial Regex AzdServiceName();

    [GeneratedRegex(@"\bFACTBOT_[A-Z_]+\b")]
    private static partial Regex FactBotVariable();

    [GeneratedRegex(@"^\$\{[A-Z_]+(=[^}]*)?\}$")]
    private static partial Regex EnvironmentSubstitution();
}
