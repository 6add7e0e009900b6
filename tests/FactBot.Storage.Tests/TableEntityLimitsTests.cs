using Azure.Data.Tables;
using FactBot.Storage.Tables;
using FactBot.TestSupport.Facts;

namespace FactBot.Storage.Tests;

public sealed class TableEntityLimitsTests
{
    [Fact]
    public void Validate_EntityOfABuiltRecord_Passes()
    {
        // Arrange
        var entity = FactEntity.ToEntity(new FactRecordBuilder().Build());

        // Act
        var error = Record.Exception(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void Validate_StringAtTheLimit_Passes()
    {
        // Arrange
        var entity = new TableEntity("p", "r") { ["Text"] = new string('x', TableEntityLimits.MaxStringChars) };

        // Act
        var error = Record.Exception(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Null(error);
    }

    [Fact]
    public void Validate_StringOneCharOverTheLimit_ThrowsNamingTheProperty()
    {
        // Arrange
        var entity = new TableEntity("p", "r") { ["Text"] = new string('x', TableEntityLimits.MaxStringChars + 1) };

        // Act
        var error = Assert.Throws<TableLimitExceededException>(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Contains("'Text'", error.Message, StringComparison.Ordinal);
        Assert.Contains("32768", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(TableEntityLimits.MaxPropertyBytes, false)]
    [InlineData(TableEntityLimits.MaxPropertyBytes + 1, true)]
    public void Validate_Binary_AllowsAtMost64KiB(int length, bool rejected)
    {
        // Arrange
        var entity = new TableEntity("p", "r") { ["Blob"] = new byte[length] };

        // Act
        var error = Record.Exception(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Equal(rejected, error is TableLimitExceededException);
    }

    [Fact]
    public void Validate_EntityOver1MiB_ThrowsWithItsSize()
    {
        // Arrange: 17 strings of 32,000 characters each stay under the property limit but add up past 1 MiB.
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < 17; i++)
        {
            entity[$"Part{i}"] = new string('x', 32_000);
        }

        // Act
        var error = Assert.Throws<TableLimitExceededException>(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Contains("1 MiB", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(252, false)]
    [InlineData(253, true)]
    public void Validate_PropertyCount_AllowsAtMost255WithSystemProperties(int userProperties, bool rejected)
    {
        // Arrange
        var entity = new TableEntity("p", "r");
        for (var i = 0; i < userProperties; i++)
        {
            entity[$"P{i}"] = i;
        }

        // Act
        var error = Record.Exception(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Equal(rejected, error is TableLimitExceededException);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("a\\b")]
    [InlineData("a#b")]
    [InlineData("a?b")]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    [InlineData("a\0b")]
    public void Validate_ForbiddenKeyCharacter_Throws(string key)
    {
        // Arrange
        var byPartition = new TableEntity(key, "r");
        var byRow = new TableEntity("p", key);

        // Act & Assert
        Assert.Contains("PartitionKey", Assert.Throws<TableLimitExceededException>(() => TableEntityLimits.Validate(byPartition)).Message, StringComparison.Ordinal);
        Assert.Contains("RowKey", Assert.Throws<TableLimitExceededException>(() => TableEntityLimits.Validate(byRow)).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(512, false)]
    [InlineData(513, true)]
    public void Validate_KeyLength_AllowsAtMost1KiBOfUtf16(int length, bool rejected)
    {
        // Arrange
        var entity = new TableEntity("p", new string('k', length));

        // Act
        var error = Record.Exception(() => TableEntityLimits.Validate(entity));

        // Assert
        Assert.Equal(rejected, error is TableLimitExceededException);
    }
}
