using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace FactBot.Functions.Http;

/// <summary>
/// The Functions worker's way to the <see cref="UnhandledExceptionHandler"/>: the worker has no ASP.NET Core exception
/// handler, and an HTTP function that throws would otherwise leave the Functions host to answer an empty 500.
/// </summary>
public sealed class UnhandledExceptionMiddleware(UnhandledExceptionHandler handler) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.GetHttpContext() is { } http && !http.RequestAborted.IsCancellationRequested)
        {
            if (!await handler.TryHandleAsync(http, ex, context.CancellationToken))
            {
                throw;
            }
        }
    }
}
