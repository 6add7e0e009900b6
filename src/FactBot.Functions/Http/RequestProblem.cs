using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Http;

/// <summary>Why a request was refused; written as an RFC 9457 <c>application/problem+json</c> response.</summary>
public sealed record RequestProblem(int Status, string Title, string Detail)
{
    public IResult ToResult() => TypedResults.Problem(detail: Detail, statusCode: Status, title: Title);
}
