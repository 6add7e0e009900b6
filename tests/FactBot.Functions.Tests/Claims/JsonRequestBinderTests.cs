using FactBot.Functions.Claims;
using FactBot.Functions.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Functions.Tests.Claims;

public sealed class JsonRequestBinderTests
{
    private readonly JsonRequestBinder<CheckClaimRequest> binder =
        new(new CheckClaimRequestValidator(), NullLogger<JsonRequestBinder<CheckClaimRequest>>.Instance);

    [Fact]
    public async Task A_valid_body_binds_case_insensitively()
    {
        var result = await binder.BindAsync(RequestFactory.Post("""{"Claim": "OpenAI was founded in 2015.", "extra": 1}"""), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("OpenAI was founded in 2015.", result.Value.Claim);
    }

    [Theory]
    [InlineData("text/plain", 415, "Unsupported media type")]
    [InlineData(null, 415, "Unsupported media type")]
    [InlineData("application/problem+json", 400, "Malformed JSON")]
    public async Task The_content_type_must_be_json(string? contentType, int status, string title)
    {
        var result = await binder.BindAsync(RequestFactory.Post("not json", contentType), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Equal(status, result.Problem.Status);
        Assert.Equal(title, result.Problem.Title);
    }

    [Fact]
    public async Task Malformed_json_names_where_it_broke()
    {
        var result = await binder.BindAsync(RequestFactory.Post("{\"claim\": tru"), CancellationToken.None);

        Assert.Equal("Malformed JSON", result.Problem?.Title);
        Assert.Contains("line 1", result.Problem?.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_refused_unread()
    {
        var request = RequestFactory.Post("{}");
        request.ContentLength = JsonRequestBinder<CheckClaimRequest>.MaxBodyBytes + 1;

        var result = await binder.BindAsync(request, CancellationToken.None);

        Assert.Equal(413, result.Problem?.Status);
    }

    [Fact]
    public async Task Validation_problems_come_back_from_the_validator()
    {
        var result = await binder.BindAsync(RequestFactory.Post("""{"claim": ""}"""), CancellationToken.None);

        Assert.Equal("Blank claim", result.Problem?.Title);
    }
}
