using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Rejected {Method} {Path}: {Status} {Title}")]
    public static partial void Rejected(ILogger logger, string method, PathString path, int status, string title);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Unhandled exception answering {Method} {Path}; answered 500")]
    public static partial void Unhandled(ILogger logger, Exception exception, string method, PathString path);
}
