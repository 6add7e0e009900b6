using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Application.Feedback;
using FactBot.Application.Webhooks;
using FactBot.Core.Checking;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Functions.Tests;

public sealed class FunctionsRegistrationTests
{
    public static TheoryData<string> Stores => new() { string.Empty, "UseDevelopmentStorage=true" };

    [Theory]
    [MemberData(nameof(Stores))]
    public void The_worker_registers_each_of_factbots_services_once(string connectionString)
    {
        var services = FunctionsWorker.CreateBuilder([$"--FactBot:Storage:ConnectionString={connectionString}"]).Services;

        var twice = services
            .Where(d => d.ServiceType.Namespace?.StartsWith("FactBot.", StringComparison.Ordinal) == true || d.ServiceType == typeof(TimeProvider))
            .GroupBy(d => d.ServiceType)
            .Where(g => g.Count() > 1)
            .Select(g => g.Key.Name);

        Assert.Empty(twice);
        Assert.Single(services, d => d.ServiceType == typeof(IClaimLog));
        Assert.Single(services, d => d.ServiceType == typeof(IClaimCheckService));
    }

    [Fact]
    public void The_functions_services_choose_no_store_of_their_own()
    {
        var services = new ServiceCollection().AddFactBotFunctions();

        Type[] chosenByAddFactBot =
        [
            typeof(IFactStore), typeof(IStoreProbe), typeof(IClaimLog), typeof(IFeedbackStore), typeof(IWebhookDeliveryStore),
            typeof(IClaimCheckService), typeof(TimeProvider),
        ];
        Assert.DoesNotContain(services, d => chosenByAddFactBot.Contains(d.ServiceType));
    }
}
