using FactBot.Infra.Tests.Arm;

namespace FactBot.Infra.Tests.Rules;

/// <summary>No storage key, SAS or key-bearing connection string can come out of the deployment.</summary>
internal static class AccountKeyRules
{
    // Functions that return keys or SAS tokens, and the markers of a key-bearing connection string.
    private static readonly string[] Markers =
    [
        "listKeys", "listAccountSas", "listServiceSas", "AccountKey=", "SharedAccessSignature=", "SharedAccessKey=",
        "DefaultEndpointsProtocol=",
    ];

    public static IEnumerable<string> NoAccountKey(ArmTemplate template)
    {
        var json = template.Json;
        return Markers
            .Where(marker => json.Contains(marker, StringComparison.OrdinalIgnoreCase))
            .Select(marker => $"the compiled template contains '{marker}'");
    }
}
