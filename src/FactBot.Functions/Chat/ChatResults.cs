using System.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;

namespace FactBot.Functions.Chat;

/// <summary>How a chat route answers: the platform's JSON reply, an empty 200 (an update nothing needs to be said about), or a problem.</summary>
public static class ChatResults
{
    public static IResult From(ServiceOutcome<string> outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (!outcome.Succeeded)
        {
            return outcome.Problem.ToResult();
        }

        return outcome.Value.Length == 0
            ? TypedResults.Ok()
            : TypedResults.Text(outcome.Value, "application/json", Encoding.UTF8, StatusCodes.Status200OK);
    }

    public static IResult From(RequestProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return problem.ToResult();
    }
}
