using FactBot.Functions.Claims;
using FactBot.Functions.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FactBot.Functions;

public static class FunctionsServiceCollectionExtensions
{
    /// <summary>
    /// Registers what the HTTP functions need besides the engine and the store: request binding and validation.
    /// Used by the Functions worker and by the LocalHost alike.
    /// </summary>
    public static IServiceCollection AddFactBotFunctions(this IServiceCollection services)
    {
        services.AddLogging();
        services.TryAdd(ServiceDescriptor.Singleton(typeof(JsonRequestBinder<>), typeof(JsonRequestBinder<>)));
        services.TryAddSingleton<IRequestValidator<CheckClaimRequest>, CheckClaimRequestValidator>();
        return services;
    }
}
