namespace FactBot.Functions.Tests.Fuzz;

/// <summary>
/// One generated request against the host: it must not get a 5xx, and when it is refused (4xx) it must be a
/// problem+json that stored no check, feedback or delivery. Counts each status for the caller's coverage assertions.
/// </summary>
internal static class GeneratedRequestProbe
{
    public static async Task SendAsync(ApiHostFactory factory, HttpClient client, HttpRequestMessage request, Dictionary<int, int> statuses)
    {
        var label = $"POST {request.RequestUri} ({request.Content?.Headers.ContentType})";
        var before = (factory.Checks.Count, factory.Feedback.Count, factory.Deliveries.Count);
        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        var after = (factory.Checks.Count, factory.Feedback.Count, factory.Deliveries.Count);

        lock (statuses)
        {
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
        }

        Assert.True(status < 500, $"{status} for {label}: {await response.Content.ReadAsStringAsync()}");
        if (status >= 400)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.True(before == after, $"{status} for {label} stored something: {before} → {after}");
        }
    }
}
