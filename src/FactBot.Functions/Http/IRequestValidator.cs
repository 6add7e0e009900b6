namespace FactBot.Functions.Http;

/// <summary>Checks a deserialized request body; returns the first problem found, or null when the request is acceptable.</summary>
public interface IRequestValidator<in T>
{
    /// <summary>The largest body of this request accepted, in bytes; checked before anything is parsed.</summary>
    int MaxBodyBytes => RequestBodyReader.MaxBodyBytes;

    RequestProblem? Validate(T request);
}
