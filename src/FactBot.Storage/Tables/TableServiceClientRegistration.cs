using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using FactBot.Storage.Configuration;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FactBot.Storage.Tables;

/// <summary>
/// The one <see cref="TableServiceClient"/>, registered the Azure SDK's way (Microsoft.Extensions.Azure): from
/// FactBot:Storage:ConnectionString (Azurite, local), or from FactBot:Storage:TableServiceUri with the
/// <see cref="TokenCredential"/> in the container, <see cref="DefaultAzureCredential"/> unless a host registered its own
/// (managed identity in Azure, the developer's az/azd login on a workstation).
/// </summary>
/// <remarks>
/// The client is built on first use from the validated <see cref="FactBotOptions"/>, so a bad setting fails start-up with
/// the validator's message, never here; building it sends nothing to Azure.
/// </remarks>
internal static class TableServiceClientRegistration
{
    public static IServiceCollection AddFactBotTableServiceClient(this IServiceCollection services)
    {
        services.TryAddSingleton<TokenCredential>(_ => new DefaultAzureCredential());
        services.AddAzureClients(clients =>
        {
            clients.UseCredential(sp => sp.GetRequiredService<TokenCredential>());
            clients.AddClient<TableServiceClient, TableClientOptions>((clientOptions, credential, sp) =>
            {
                // Polly owns retries (StorageResilience), as in TableClientOptionsFactory.
                clientOptions.Retry.MaxRetries = 0;
                var storage = sp.GetRequiredService<IOptions<FactBotOptions>>().Value.Storage;
                return string.IsNullOrWhiteSpace(storage.TableServiceUri)
                    ? new TableServiceClient(storage.ConnectionString, clientOptions)
                    : new TableServiceClient(new Uri(storage.TableServiceUri), credential, clientOptions);
            });
        });
        return services;
    }
}
