using FactBot.Functions.Claims;

namespace FactBot.Functions.Tests.Claims;

public sealed class CheckClaimRequestValidatorTests
{
    private readonly CheckClaimRequestValidator validator = new();

    [Theory]
    [InlineData(null, "Missing claim")]
    [InlineData("", "Blank claim")]
    [InlineData(" \t\n", "Blank claim")]
    public void A_missing_or_blank_claim_is_a_400_problem(string? claim, string title)
    {
        var problem = validator.Validate(new CheckClaimRequest(claim));

        Assert.NotNull(problem);
        Assert.Equal(400, problem.Status);
        Assert.Equal(title, problem.Title);
    }

    [Fact]
    public void A_claim_of_1001_characters_is_too_long()
    {
        var problem = validator.Validate(new CheckClaimRequest(new string('x', 1001)));

        Assert.Equal("Claim too long", problem?.Title);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(1000)]
    public void A_claim_of_up_to_1000_characters_is_accepted(int length)
    {
        var problem = validator.Validate(new CheckClaimRequest(new string('x', length)));

        Assert.Null(problem);
    }
}
