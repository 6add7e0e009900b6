using System.Net;

namespace FactBot.Functions.Tests.Http;

public sealed class StrictQueryTests(ApiHostFactory factory) : IClassFixture<ApiHostFactory>
{
    [Theory]
    [InlineData("pageSize=1%00", "Invalid page size")]
    [InlineData("pageSize=%2B5", "Invalid page size")]
    [InlineData("pageSize=%205", "Invalid page size")]
    [InlineData("pageSize=05x", "Invalid page size")]
    [InlineData("pageSize=0", "Invalid page size")]
    [InlineData("pageSize=101", "Invalid page size")]
    [InlineData("pageSize=", "Invalid page size")]
    [InlineData("pageSize=%D9%A1", "Invalid page size")]
    [InlineData("pageSize=1&pageSize=2", "Repeated query parameter")]
    [InlineData("PageSize=5", "Unknown query parameter")]
    [InlineData("page=2", "Unknown query parameter")]
    [InlineData("continuationToken=", "Invalid continuation token")]
    [InlineData("continuationToken=a&continuationToken=b", "Repeated query parameter")]
    public async Task A_query_that_is_not_exactly_right_is_refused(string query, string title)
    {
        var response = await factory.CreateClient().GetAsync($"/api/facts?{query}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, title);
    }

    [Theory]
    [InlineData("pageSize=7")]
    [InlineData("pageSize=100&code=any-function-key")]
    [InlineData("")]
    public async Task A_well_formed_query_is_answered(string query)
    {
        var response = await factory.CreateClient().GetAsync($"/api/facts?{query}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
