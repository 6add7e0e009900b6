using System.Diagnostics.CodeAnalysis;

namespace FactBot.Functions.Http;

/// <summary>Either a bound, validated request body or the problem that stopped it.</summary>
public sealed class BindingResult<T>
    where T : class
{
    public BindingResult(T value) => Value = value;

    public BindingResult(RequestProblem problem) => Problem = problem;

    public T? Value { get; }

    public RequestProblem? Problem { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool Succeeded => Problem is null;
}
