using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Facts;

/// <summary>
/// The query of <c>GET /api/facts</c>, read strictly: only <c>pageSize</c> (1 to <see cref="FactQueryService.MaxPageSize"/>,
/// ASCII digits only, so <c>1%00</c> or <c>+5</c> is refused), <c>continuationToken</c> (once, not empty) and Azure's
/// <c>code</c> (the function key); names are case-sensitive, and each may appear once.
/// </summary>
public sealed record FactListQuery(int PageSize, string? ContinuationToken)
{
    public const string PageSizeName = "pageSize";
    public const string ContinuationTokenName = "continuationToken";

    /// <summary>The function key on Azure (<c>?code=</c>): read by the Functions host, allowed here.</summary>
    public const string FunctionKeyName = "code";

    public static ServiceOutcome<FactListQuery> Bind(IQueryCollection query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var (name, values) in query)
        {
            if (name is not (PageSizeName or ContinuationTokenName or FunctionKeyName))
            {
                return Bad("Unknown query parameter", $"'{name}' is not a parameter of this route; it accepts {PageSizeName} and {ContinuationTokenName} (names are case-sensitive).");
            }

            if (values.Count != 1)
            {
                return Bad("Repeated query parameter", $"'{name}' is given {values.Count} times; give it once.");
            }
        }

        var pageSize = FactQueryService.DefaultPageSize;
        if (query.TryGetValue(PageSizeName, out var sizes) && !TryParsePageSize(sizes[0], out pageSize))
        {
            return Bad("Invalid page size", $"'{PageSizeName}' must be a whole number from 1 to {FactQueryService.MaxPageSize}, in ASCII digits.");
        }

        string? token = null;
        if (query.TryGetValue(ContinuationTokenName, out var tokens))
        {
            token = tokens[0];
            if (string.IsNullOrEmpty(token))
            {
                return Bad("Invalid continuation token", $"'{ContinuationTokenName}' is empty; leave it out for the first page.");
            }
        }

        return new FactListQuery(pageSize, token);
    }

    // int.TryParse would read "1\0" as 1 and accept other forms; a page size is one to three ASCII digits.
    private static bool TryParsePageSize(string? text, out int pageSize)
    {
        pageSize = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 3 || !text.All(char.IsAsciiDigit))
        {
            return false;
        }

        pageSize = int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        return pageSize is >= 1 and <= FactQueryService.MaxPageSize;
    }

    private static RequestProblem Bad(string title, string detail) => new(StatusCodes.Status400BadRequest, title, detail);
}
