using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FactBot.Functions.Http;

internal static partial class RequestLog
{
    [LoggerMessage(EventId = 1001, Level = LogLevel.Information, Message = "Rejected {Method} {Path}: {Status} {Title}")]
    public static partial void Rejected(ILogger logger, string method, PathString path, int status, string title);
}
