using System.Reflection;
using FactBot.Functions.Http;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactBot.Functions.Tests;

/// <summary>
/// The Functions worker exactly as <see cref="FunctionsWorker"/> builds it for Program.cs, driven the way its ASP.NET Core
/// integration drives an HTTP function: the function class built from the invocation's services, the HttpContext's
/// RequestServices set to those services (as WorkerRequestServicesMiddleware does), the worker middleware around the
/// call, and the returned IResult executed against the HttpContext (as FunctionsHttpProxyingMiddleware does).
/// The Functions host itself is not here (Core Tools cannot be installed): it only forwards the request.
/// </summary>
public sealed class FunctionsWorkerHarness : IDisposable
{
    private readonly IHost host;

    public FunctionsWorkerHarness(IReadOnlyDictionary<string, string> settings, Action<IServiceCollection> configureServices)
    {
        var builder = FunctionsWorker.CreateBuilder(settings.Select(s => $"--{s.Key}={s.Value}").ToArray());
        configureServices(builder.Services);
        host = builder.Build();
    }

    public IServiceProvider Services => host.Services;

    /// <summary>Runs the named function on the request and returns the response as the worker wrote it.</summary>
    public async Task<WorkerResponse> InvokeAsync(string functionName, Action<HttpRequest> request, string? routeId = null)
    {
        var route = host.Services.GetRequiredService<ApiRouteTable>()[functionName];
        await using var scope = host.Services.CreateAsyncScope();
        var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        http.Response.Body = new MemoryStream();
        request(http.Request);

        var function = ActivatorUtilities.CreateInstance(scope.ServiceProvider, route.Method.DeclaringType!);
        var arguments = route.Method.GetParameters().Select(p => Bind(p, http, routeId)).ToArray();
        IResult? result = null;
        var middleware = scope.ServiceProvider.GetRequiredService<UnhandledExceptionMiddleware>();
        await middleware.Invoke(
            new HttpFunctionContext(http, scope.ServiceProvider),
            async _ => result = await (Task<IResult>)route.Method.Invoke(function, BindingFlags.DoNotWrapExceptions, null, arguments, null)!);
        if (result is not null)
        {
            await result.ExecuteAsync(http);
        }

        return new WorkerResponse(
            http.Response.StatusCode,
            http.Response.ContentType,
            http.Response.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            System.Text.Encoding.UTF8.GetString(((MemoryStream)http.Response.Body).ToArray()));
    }

    public void Dispose() => host.Dispose();

    private static object? Bind(ParameterInfo parameter, HttpContext http, string? routeId) => parameter.ParameterType switch
    {
        var t when t == typeof(HttpRequest) => http.Request,
        var t when t == typeof(CancellationToken) => http.RequestAborted,
        var t when t == typeof(string) => routeId,
        var t => throw new NotSupportedException($"The harness binds no {t.Name} parameter."),
    };

    /// <summary>A response as the worker wrote it.</summary>
    public sealed record WorkerResponse(int Status, string? ContentType, IReadOnlyDictionary<string, string> Headers, string Body);

    /// <summary>
    /// What the worker middleware reads of an invocation: the HttpContext, under the key the ASP.NET Core integration
    /// stores it at (read back by <c>FunctionContext.GetHttpContext()</c>), and the invocation's services.
    /// </summary>
    private sealed class HttpFunctionContext(HttpContext http, IServiceProvider services) : FunctionContext
    {
        public override string InvocationId { get; } = Guid.NewGuid().ToString();

        public override string FunctionId => throw new NotSupportedException();

        public override TraceContext TraceContext => throw new NotSupportedException();

        public override BindingContext BindingContext => throw new NotSupportedException();

        public override RetryContext RetryContext => throw new NotSupportedException();

        public override IServiceProvider InstanceServices { get; set; } = services;

        public override FunctionDefinition FunctionDefinition => throw new NotSupportedException();

        public override IDictionary<object, object> Items { get; set; } = new Dictionary<object, object> { ["HttpRequestContext"] = http };

        public override IInvocationFeatures Features => throw new NotSupportedException();
    }
}
