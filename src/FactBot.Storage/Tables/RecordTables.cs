namespace FactBot.Storage.Tables;

/// <summary>The tables FactBot writes (claim log, feedback, webhook deliveries), shared by their stores and the health probe.</summary>
internal sealed record RecordTables(EnsuredTable Checks, EnsuredTable Feedback, EnsuredTable Deliveries)
{
    public IReadOnlyList<EnsuredTable> All => [Checks, Feedback, Deliveries];
}
