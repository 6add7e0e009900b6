using System.Collections.Concurrent;
using Azure.Core;

namespace FactBot.TestSupport.Identity;

/// <summary>
/// A Microsoft Entra credential that never reaches Entra: it records the scopes it is asked for, then either refuses
/// (the default, so a request stops before it leaves the process) or hands out a dummy bearer token.
/// </summary>
public sealed class RecordingCredential(bool issueToken = false) : TokenCredential
{
    public const string StorageScope = "https://storage.azure.com/.default";

    private readonly ConcurrentQueue<string> scopes = new();

    public IReadOnlyCollection<string> Scopes => [.. scopes];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => Issue(requestContext);

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(Issue(requestContext));

    private AccessToken Issue(TokenRequestContext requestContext)
    {
        foreach (var scope in requestContext.Scopes)
        {
            scopes.Enqueue(scope);
        }

        return issueToken
            ? new AccessToken("test-token", DateTimeOffset.UtcNow.AddHours(1))
            : throw new CredentialRefusedException();
    }
}
