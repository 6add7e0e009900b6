namespace FactBot.LocalHost.Routing;

/// <summary>The problem+json answers the LocalHost gives for requests no function takes.</summary>
internal static class LocalHostProblems
{
    public static Task NotFound(HttpContext context) =>
        TypedResults.Problem(
            detail: $"No function serves '{context.Request.Path}'.",
            statusCode: StatusCodes.Status404NotFound,
            title: "Not found").ExecuteAsync(context);

    public static RequestDelegate MethodNotAllowed(IReadOnlyList<string> allowed)
    {
        var allow = string.Join(", ", allowed);
        return context =>
        {
            context.Response.Headers.Allow = allow;
            return TypedResults.Problem(
                detail: $"'{context.Request.Path}' accepts {allow}, not {context.Request.Method}.",
                statusCode: StatusCodes.Status405MethodNotAllowed,
                title: "Method not allowed").ExecuteAsync(context);
        };
    }
}
