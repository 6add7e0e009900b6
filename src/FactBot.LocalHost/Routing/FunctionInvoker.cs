using System.Reflection;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.LocalHost.Routing;

/// <summary>
/// Turns a function method into a request delegate: builds the function class from DI, binds the parameters the
/// LocalHost knows (HttpRequest, HttpContext, CancellationToken, route values), and writes the returned IResult or IActionResult.
/// </summary>
internal static class FunctionInvoker
{
    public static RequestDelegate Create(FunctionRoute route)
    {
        var method = route.Method;
        var binders = method.GetParameters().Select(p => CreateBinder(route, p)).ToArray();
        var factory = method.IsStatic ? null : ActivatorUtilities.CreateFactory(method.DeclaringType!, Type.EmptyTypes);
        var unwrap = CreateUnwrapper(method.ReturnType);

        return async context =>
        {
            var instance = factory?.Invoke(context.RequestServices, null);
            try
            {
                var arguments = Array.ConvertAll(binders, bind => bind(context));
                var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, null, arguments, null);
                await WriteAsync(context, await unwrap(returned));
            }
            finally
            {
                switch (instance)
                {
                    case IAsyncDisposable asyncDisposable:
                        await asyncDisposable.DisposeAsync();
                        break;
                    case IDisposable disposable:
                        disposable.Dispose();
                        break;
                }
            }
        };
    }

    private static Func<HttpContext, object?> CreateBinder(FunctionRoute route, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(HttpRequest))
        {
            return context => context.Request;
        }

        if (type == typeof(HttpContext))
        {
            return context => context;
        }

        if (type == typeof(CancellationToken))
        {
            return context => context.RequestAborted;
        }

        if (type == typeof(string) && route.Template.Contains('{' + parameter.Name!, StringComparison.OrdinalIgnoreCase))
        {
            return context => context.GetRouteValue(parameter.Name!)?.ToString();
        }

        var reason = type == typeof(FunctionContext)
            ? "FunctionContext exists only inside the Functions host"
            : "the LocalHost binds only HttpRequest, HttpContext, CancellationToken and string route values";
        throw new NotSupportedException(
            $"Function '{route.Name}' ({route.Method.DeclaringType!.Name}.{route.Method.Name}) takes parameter '{parameter.Name}' of type {type.Name}: {reason}.");
    }

    private static Func<object?, ValueTask<object?>> CreateUnwrapper(Type returnType)
    {
        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return async returned =>
            {
                await (returned is ValueTask valueTask ? valueTask.AsTask() : (Task)returned!);
                return null;
            };
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var result = returnType.GetProperty(nameof(Task<object>.Result))!;
            return async returned =>
            {
                await (Task)returned!;
                return result.GetValue(returned);
            };
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var asTask = returnType.GetMethod(nameof(ValueTask<object>.AsTask))!;
            var result = typeof(Task<>).MakeGenericType(returnType.GetGenericArguments()).GetProperty(nameof(Task<object>.Result))!;
            return async returned =>
            {
                var task = (Task)asTask.Invoke(returned, null)!;
                await task;
                return result.GetValue(task);
            };
        }

        return returned => ValueTask.FromResult(returned);
    }

    private static Task WriteAsync(HttpContext context, object? result) => result switch
    {
        null => Task.CompletedTask,
        IResult httpResult => httpResult.ExecuteAsync(context),
        IActionResult actionResult => actionResult.ExecuteResultAsync(
            new ActionContext(context, context.GetRouteData(), new ActionDescriptor())),
        _ => context.Response.WriteAsJsonAsync(result, result.GetType(), context.RequestAborted),
    };
}
