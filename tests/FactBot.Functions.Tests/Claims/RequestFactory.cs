using System.Text;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Tests.Claims;

internal static class RequestFactory
{
    public static HttpRequest Post(string body, string? contentType = "application/json")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var context = new DefaultHttpContext();
        context.Request.Method = HttpMethods.Post;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("factbot.test");
        context.Request.Path = "/api/claims/check";
        context.Request.ContentType = contentType;
        context.Request.ContentLength = bytes.Length;
        context.Request.Body = new MemoryStream(bytes);
        return context.Request;
    }
}
