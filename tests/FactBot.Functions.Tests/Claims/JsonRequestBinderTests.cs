using FactBot.Functions.Chat.Telegram;
using FactBot.Functions.Claims;
using FactBot.Functions.Http;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Functions.Tests.Claims;

public sealed class JsonRequestBinderTests
{
    private readonly JsonRequestBinder<CheckClaimRequest> binder =
        new(new CheckClaimRequestValidator(), NullLogger<JsonRequestBinder<CheckClaimRequest>>.Instance);

    [Fact]
    public async Task A_valid_body_binds()
    {
        var result = await binder.BindAsync(RequestFactory.Post("""{"claim": "OpenAI was founded in 2015."}"""), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Equal("OpenAI was founded in 2015.", result.Value.Claim);
    }

    [Theory]
    [InlineData("""{"claim": "a", "claim": "b"}""", "Duplicate property", "'claim'")]
    [InlineData("""{"claim": "a", "meta": {"x": 1, "x": 2}}""", "Duplicate property", "$.meta")]
    [InlineData("""{"Claim": "OpenAI was founded in 2015."}""", "Unknown property", "'Claim'")]
    [InlineData("""{"claim": "OpenAI was founded in 2015.", "Claim": "x"}""", "Unknown property", "'Claim'")]
    [InlineData("""{"claim": "OpenAI was founded in 2015.", "extra": 1}""", "Unknown property", "'extra'")]
    [InlineData("""{"claim": "a\ud800"}""", "Invalid JSON string", "$.claim")]
    [InlineData("""{"\udc00": "a"}""", "Invalid JSON string", "property name")]
    [InlineData("""[{"claim": "a"}]""", "Expected a JSON object", "array")]
    [InlineData("""{"claim": ["a"]}""", "Wrong JSON type", "$.claim")]
    public async Task Bodies_are_bound_strictly_and_each_problem_says_what_is_wrong(string body, string title, string detail)
    {
        var result = await binder.BindAsync(RequestFactory.Post(body), CancellationToken.None);

        Assert.Equal(title, result.Problem?.Title);
        Assert.Contains(detail, result.Problem?.Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"update_id": 7, "edited_message": {"message_id": 1, "date": 1}, "Update_Id": 8}""", null, null)]
    [InlineData("""{"update_id": 7, "update_id": 8}""", "Duplicate property", "'update_id'")]
    [InlineData("""{"update_id": 7, "message": {"text": "a", "text": "b", "message_id": 1, "chat": {"id": 1}}}""", "Duplicate property", "$.message")]
    [InlineData("""{"update_id": 7, "extra": tru""", "Malformed JSON", "line 1")]
    [InlineData("""{"update_id": 7, "extra": "a\ud800"}""", "Invalid JSON string", "$.extra")]
    public async Task A_chat_platform_payload_ignores_fields_it_does_not_read_but_not_a_repeated_or_malformed_one(string body, string? title, string? detail)
    {
        var platform = new JsonRequestBinder<TelegramUpdate>(new TelegramUpdateValidator(), NullLogger<JsonRequestBinder<TelegramUpdate>>.Instance);

        var result = await platform.BindAsync(RequestFactory.Post(body), CancellationToken.None);

        Assert.Equal(title, result.Problem?.Title);
        if (result.Succeeded)
        {
            Assert.Equal(7, result.Value.UpdateId);
        }
        else
        {
            Assert.Contains(detail!, result.Problem.Detail, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(31, null)]
    [InlineData(32, null)]
    [InlineData(33, "JSON nested too deeply")]
    [InlineData(5000, "JSON nested too deeply")]
    public async Task Nesting_up_to_32_levels_is_read_and_deeper_is_refused_as_too_deep(int levels, string? title)
    {
        // The claim object is level 1; "x" holds levels - 1 nested arrays. Unknown "x" fails only when the depth did not.
        var body = "{\"claim\": \"ok\", \"x\": " + new string('[', levels - 1) + new string(']', levels - 1) + "}";

        var result = await binder.BindAsync(RequestFactory.Post(body), CancellationToken.None);

        Assert.Equal(title ?? "Unknown property", result.Problem?.Title);
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
        request.ContentLength = binder.MaxBodyBytes + 1;

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
