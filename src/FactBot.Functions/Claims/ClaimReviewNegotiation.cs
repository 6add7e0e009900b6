using FactBot.Functions.Contracts;
using FactBot.Functions.Routing;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FactBot.Functions.Claims;

/// <summary>Decides from Accept whether a client wants a check as ClaimReview JSON-LD.</summary>
public static class ClaimReviewNegotiation
{
    public const string MediaType = "application/ld+json";

    /// <summary>True when Accept lists application/ld+json with a quality at least that of application/json (and above zero).</summary>
    public static bool IsRequested(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted))
        {
            return false;
        }

        double? Quality(string type) => accepted
            .Where(a => a.MediaType.Equals(type, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Quality ?? 1.0)
            .DefaultIfEmpty(-1)
            .Max() is var q and >= 0 ? q : null;

        return Quality(MediaType) is > 0 and var ld && ld >= (Quality("application/json") ?? 0);
    }

    /// <summary>The check's own URL (<c>GET /api/claims/{id}</c> on the host that was asked) and FactBot's, for a ClaimReview.</summary>
    public static ClaimReviewLinks LinksFor(HttpRequest request, ApiRouteTable routes, string checkId)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(routes);
        var route = routes[GetCheckFunction.Name];
        var origin = $"{request.Scheme}://{request.Host}{request.PathBase}";
        return new ClaimReviewLinks(origin + route.OpenApiPath.Replace("{id}", Uri.EscapeDataString(checkId), StringComparison.Ordinal), origin + "/");
    }
}
