namespace FactBot.LocalHost.Routing;

internal static partial class LocalHostLog
{
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Function {FunctionName}: {Methods} /{Template}")]
    public static partial void MappedFunction(ILogger logger, string functionName, string methods, string template);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Route prefix '{RoutePrefix}' from {HostJsonPath}")]
    public static partial void RoutePrefix(ILogger logger, string routePrefix, string hostJsonPath);
}
