using FactBot.LocalHost;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FactBot.Functions.Tests;

/// <summary>The LocalHost in process, on the embedded store whatever the environment says.</summary>
public sealed class EmbeddedLocalHostFactory : WebApplicationFactory<LocalHostMarker>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) =>
        builder.UseSetting("FactBot:Storage:ConnectionString", string.Empty);
}
