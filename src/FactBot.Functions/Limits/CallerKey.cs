using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Limits;

/// <summary>
/// Who a request comes from, for the rate limit: the function key it presents (hashed, never kept in clear), else the
/// client address. Chat and webhook traffic is keyed after verification instead, on the sender its signed body names
/// (see <see cref="CallerRateLimiter"/>).
/// </summary>
internal static class CallerKey
{
    public static string Of(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var key = request.Headers["x-functions-key"].ToString();
        if (string.IsNullOrEmpty(key))
        {
            key = request.Query["code"].ToString();
        }

        if (!string.IsNullOrEmpty(key))
        {
            return "key:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..16];
        }

        return "ip:" + (request.HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
