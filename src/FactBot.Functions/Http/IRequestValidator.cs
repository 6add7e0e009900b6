namespace FactBot.Functions.Http;

/// <summary>Checks a deserialized request body; returns the first problem found, or null when the request is acceptable.</summary>
public interface IRequestValidator<in T>
{
    RequestProblem? Validate(T request);
}
