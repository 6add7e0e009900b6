using System.Text.Json;
using FactBot.Application.Checks;
using FactBot.Core.Checking;
using FactBot.Core.Facts;

namespace FactBot.Functions.Contracts.Tests;

public sealed class ClaimReviewMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly ClaimReviewLinks Links = new("https://factbot.example/api/claims/0123", "https://factbot.example/");

    [Theory]
    [InlineData("unknown", null, "FactBot's sources neither confirm nor contradict this claim.")]
    [InlineData("supported", "founded-2015", "The claim was rated supported against fact 'founded-2015'.")]
    public void A_recorded_check_whose_fact_is_gone_is_explained_by_its_verdict(string verdict, string? factId, string explanation)
    {
        var record = new CheckRecord("0123", "OpenAI was founded in 2015.", "en", verdict, 0.9, factId, "api", Now);

        var review = ClaimReviewMapper.From(new FoundCheck(record, Sentence: null), Links);

        Assert.Equal(verdict, review.ReviewRating.AlternateName);
        Assert.Equal(explanation, review.ReviewRating.RatingExplanation);
        Assert.Equal(("0123", "OpenAI was founded in 2015.", "en", Now), (review.Identifier, review.ClaimReviewed, review.InLanguage, review.DatePublished));
    }

    [Fact]
    public void A_fresh_unknown_check_is_explained_by_the_engines_explanation()
    {
        var result = new CheckResult("The moon is made of cheese.", Verdict.Unknown, 0.9, null, "No record speaks of the moon.", Language.English, []);
        var check = new RecordedCheck(CheckRecord.From("0123", result, "api", Now), result, Recorded: true);

        var review = ClaimReviewMapper.From(check, Links);

        Assert.Equal("No record speaks of the moon.", review.ReviewRating.RatingExplanation);
        Assert.Equal("unknown", review.ReviewRating.AlternateName);
    }

    [Fact]
    public void The_json_ld_names_its_context_and_types()
    {
        var record = new CheckRecord("0123", "A claim.", "fr", "supported", 0.9, "f", "api", Now);

        var found = new FoundCheck(record, "La phrase.") { Source = new SourceInfo("s", "Le titre", "2023-03", Language.French) };
        var json = JsonSerializer.Serialize(ClaimReviewMapper.From(found, Links), ContractJsonContext.Default.ClaimReview);

        using var document = JsonDocument.Parse(json);
        Assert.Equal("https://schema.org", document.RootElement.GetProperty("@context").GetString());
        Assert.Equal("ClaimReview", document.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Rating", document.RootElement.GetProperty("reviewRating").GetProperty("@type").GetString());
        Assert.Equal("La phrase.", document.RootElement.GetProperty("citation").GetProperty("text").GetString());
        Assert.Equal("fr", document.RootElement.GetProperty("citation").GetProperty("inLanguage").GetString());
        Assert.Equal(3, document.RootElement.GetProperty("reviewRating").GetProperty("ratingValue").GetInt32());
        Assert.Equal("https://factbot.example/api/claims/0123", document.RootElement.GetProperty("url").GetString());
    }

    [Fact]
    public void A_claim_without_an_origin_has_no_author_date_or_appearance_and_a_gone_fact_no_citation()
    {
        var record = new CheckRecord("0123", "A claim.", "en", "supported", 0.9, "f", "api", Now);

        var json = JsonSerializer.Serialize(ClaimReviewMapper.From(new FoundCheck(record, Sentence: null), Links), ContractJsonContext.Default.ClaimReview);

        using var document = JsonDocument.Parse(json);
        var item = document.RootElement.GetProperty("itemReviewed");
        Assert.Equal(["@type", "text", "inLanguage"], item.EnumerateObject().Select(p => p.Name));
        Assert.False(document.RootElement.TryGetProperty("citation", out _));
    }

    [Fact]
    public void An_organization_that_made_a_claim_is_its_author()
    {
        var record = new CheckRecord("0123", "A claim.", "en", "unknown", 0.9, null, "api", Now)
        {
            Origin = new ClaimOrigin("A newsroom", ClaimOrigin.Organization, "2024-05-01T09:30:00Z", "https://example.org/a"),
        };

        var item = ClaimReviewMapper.From(new FoundCheck(record, Sentence: null), Links).ItemReviewed;

        Assert.Equal(new ClaimReviewAuthor("Organization", "A newsroom"), item.Author);
        Assert.Equal("2024-05-01T09:30:00Z", item.DatePublished);
        Assert.Equal(new ClaimReviewAppearance("CreativeWork", "https://example.org/a"), item.Appearance);
    }

    [Theory]
    [InlineData("contradicted", 1)]
    [InlineData("unknown", 2)]
    [InlineData("supported", 3)]
    public void The_rating_is_on_a_one_to_three_scale(string verdict, int rating)
    {
        Assert.Equal(rating, ClaimReviewMapper.RatingOf(verdict));
    }
}
