using System.Diagnostics.CodeAnalysis;

namespace FactBot.Functions.Http;

/// <summary>A value (a bound request body, a service result) or the problem to answer with instead.</summary>
public sealed class ServiceOutcome<T>
    where T : class
{
    public ServiceOutcome(T value) => Value = value;

    public ServiceOutcome(RequestProblem problem) => Problem = problem;

    public T? Value { get; }

    public RequestProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;

    public static implicit operator ServiceOutcome<T>(T value) => new(value);

    public static implicit operator ServiceOutcome<T>(RequestProblem problem) => new(problem);
}
