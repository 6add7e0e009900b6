using Azure.Data.Tables;
using FactBot.Storage.Tables;

namespace FactBot.Storage.Tests;

public sealed class TableBatchPlannerTests
{
    [Fact]
    public void Plan_ManyActionsOverSeveralPartitions_GivesSinglePartitionBatchesOfAtMost100()
    {
        // Arrange
        var actions = Actions("a", 250).Concat(Actions("b", 100)).Concat(Actions("c", 1)).ToList();

        // Act
        var batches = TableBatchPlanner.Plan(actions);

        // Assert
        Assert.Equal([100, 100, 50, 100, 1], batches.Select(b => b.Count));
        Assert.All(batches, b => Assert.Single(b.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.Equal(actions.Count, batches.Sum(b => b.Count));
    }

    [Fact]
    public void Plan_LargeEntities_CutsBatchesBeforeThePayloadLimit()
    {
        // Arrange: 20 entities of ~640 KB each cannot share one 4 MiB request.
        var actions = Enumerable.Range(0, 20)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity("p", $"r{i}")
            {
                ["A"] = new string('x', 32_000), ["B"] = new string('x', 32_000), ["C"] = new string('x', 32_000),
                ["D"] = new string('x', 32_000), ["E"] = new string('x', 32_000), ["F"] = new string('x', 32_000),
                ["G"] = new string('x', 32_000), ["H"] = new string('x', 32_000), ["I"] = new string('x', 32_000),
                ["J"] = new string('x', 32_000),
            }))
            .ToList();

        // Act
        var batches = TableBatchPlanner.Plan(actions);

        // Assert
        Assert.True(batches.Count > 1);
        Assert.All(batches, b => Assert.True(b.Sum(a => TableEntityLimits.EstimateSize((TableEntity)a.Entity)) <= TableBatchPlanner.MaxBatchEntityBytes));
    }

    private static IEnumerable<TableTransactionAction> Actions(string partition, int count) =>
        Enumerable.Range(0, count).Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"r{i}")));
}
