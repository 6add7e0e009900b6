using System.Text;
using FactBot.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;

namespace FactBot.Functions.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/claims</c>: a Standard Webhooks delivery of a claim. Anonymous on Azure: the signature
/// authenticates it. The size limit is enforced before any signature work; the JSON is read only once the signature holds.
/// </summary>
public sealed class ClaimWebhookFunction(WebhookService webhooks)
{
    public const string Name = "ClaimWebhook";

    [Function(Name)]
    public async Task<IResult> RunAsync(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/claims")] HttpRequest request,
        CancellationToken cancellationToken)
    {
        var problem = RequestBodyReader.CheckDeclaredLength(request) ?? RequestBodyReader.CheckJsonContentType(request);
        if (problem is not null)
        {
            return problem.ToResult();
        }

        var (body, tooLarge) = await RequestBodyReader.ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return tooLarge!.ToResult();
        }

        var answer = await webhooks.ReceiveAsync(WebhookMessage.From(request, body), cancellationToken);
        return answer.Succeeded
            ? TypedResults.Text(answer.Value, "application/json", Encoding.UTF8, StatusCodes.Status200OK)
            : answer.Problem.ToResult();
    }
}
