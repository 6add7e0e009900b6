using System.Globalization;
using System.Text;
using System.Text.Json;
using FactBot.Analysis;
using FactBot.Application.Checks;
using FactBot.Application.Facts;
using FactBot.Cli.Checking;
using FactBot.TestSupport;
using FactBot.TestSupport.Unicode;

namespace FactBot.Cli.Tests;

/// <summary>Every Unicode scalar value through <c>check --jsonl</c> and the real engine: the API's policy decides, nothing crashes.</summary>
public sealed class WholeCodeSpaceCliTests
{
    [Fact]
    public async Task Every_scalar_value_is_either_checked_or_refused_as_the_api_refuses_it()
    {
        using var service = new ClaimCheckService(InMemoryFactStore.FromDirectory(RepositoryRoot.Seeds), new SnowballStemmer());
        var accepted = CodePoints.Chunks(CodePoints.ScalarValues().Where(cp => !CodePoints.IsRefusedByDocumentedPolicy(cp)), 1000).ToArray();
        var refused = CodePoints.ScalarValues().Where(CodePoints.IsRefusedByDocumentedPolicy).ToArray();
        var input = new StringBuilder();
        foreach (var claim in accepted.Concat(refused.Select(cp => "Open" + char.ConvertFromUtf32(cp) + "AI")))
        {
            input.AppendLine(JsonSerializer.Serialize(new { claim }));
        }

        var output = new StringWriter();

        var summary = await new JsonlChecker(service).RunAsync(new StringReader(input.ToString()), output, CancellationToken.None);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        Assert.Equal(new JsonlSummary(accepted.Length + refused.Length, refused.Length), summary);
        Assert.All(lines.Take(accepted.Length), (line, i) => Assert.Equal(accepted[i], line.GetProperty("claim").GetString()));
        Assert.All(lines.Skip(accepted.Length), (line, i) => Assert.Contains(
            string.Create(CultureInfo.InvariantCulture, $"U+{refused[i]:X4} ("),
            line.GetProperty("error").GetString(),
            StringComparison.Ordinal));
    }
}
