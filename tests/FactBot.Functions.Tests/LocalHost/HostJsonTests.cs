using FactBot.Functions.Routing;

namespace FactBot.Functions.Tests.LocalHost;

public sealed class HostJsonTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("factbot-hostjson-").FullName;

    [Fact]
    public void The_repository_host_json_puts_functions_under_api()
    {
        var path = HostJson.Find(AppContext.BaseDirectory);

        var prefix = HostJson.ReadRoutePrefix(path);

        Assert.NotNull(path);
        Assert.Equal("api", prefix);
    }

    [Theory]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "/v1/" } } }""", "v1")]
    [InlineData("""{ "version": "2.0", "extensions": { "http": { "routePrefix": "" } } }""", "")]
    [InlineData("""{ "version": "2.0", /* no http section */ }""", "api")]
    public void The_route_prefix_comes_from_extensions_http_route_prefix(string json, string expected)
    {
        var path = Path.Combine(directory, HostJson.FileName);
        File.WriteAllText(path, json);

        var prefix = HostJson.ReadRoutePrefix(path);

        Assert.Equal(expected, prefix);
    }

    [Fact]
    public void Without_a_host_json_the_route_prefix_is_api()
    {
        var path = HostJson.Find(directory);

        var prefix = HostJson.ReadRoutePrefix(path);

        Assert.Null(path);
        Assert.Equal("api", prefix);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
