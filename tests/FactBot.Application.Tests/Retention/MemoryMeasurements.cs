namespace FactBot.Application.Tests.Retention;

/// <summary>
/// Tests that measure retained memory with <see cref="GC.GetTotalMemory(bool)"/>, which counts every thread's
/// allocations: they run alone, after the parallel tests, so another test's garbage is not counted as theirs.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurements
{
    public const string Name = "Memory measurement";
}
