using Azure.Data.Tables;

namespace FactBot.Storage.Tables;

/// <summary>
/// Azure Table Storage's documented entity limits. Azurite enforces none of them, so without this check an entity
/// that passes every local test would first fail in Azure.
/// </summary>
internal static class TableEntityLimits
{
    /// <summary>255 including the three system properties PartitionKey, RowKey and Timestamp.</summary>
    public const int MaxProperties = 255;

    public const int MaxUserProperties = MaxProperties - 3;

    public const int MaxStringChars = 32 * 1024;

    public const int MaxPropertyBytes = 64 * 1024;

    public const int MaxEntityBytes = 1024 * 1024;

    public const int MaxKeyBytes = 1024;

    public const int MaxPropertyNameChars = 255;

    public static void Validate(TableEntity entity)
    {
        var where = $"entity {Show(entity.PartitionKey)}/{Show(entity.RowKey)}";
        ValidateKey("PartitionKey", entity.PartitionKey, where);
        ValidateKey("RowKey", entity.RowKey, where);

        var user = entity.Keys.Where(k => k is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).ToList();
        if (user.Count > MaxUserProperties)
        {
            throw new TableLimitExceededException(
                $"The {where} has {user.Count + 3} properties; Azure Table Storage allows at most {MaxProperties}, system properties included.");
        }

        // Size as Azure computes it: 4 + keys in UTF-16 + for each property 8 + its name in UTF-16 + its value.
        long size = 4 + (2L * entity.PartitionKey.Length) + (2L * entity.RowKey.Length);
        foreach (var name in user)
        {
            if (name.Length > MaxPropertyNameChars)
            {
                throw new TableLimitExceededException($"The {where} has a property name of {name.Length} characters; at most {MaxPropertyNameChars} are allowed.");
            }

            var valueSize = ValueSize(entity[name]);
            if (entity[name] is string text && text.Length > MaxStringChars)
            {
                throw new TableLimitExceededException(
                    $"Property '{name}' of the {where} is {text.Length} UTF-16 characters long; Azure Table Storage allows at most {MaxStringChars}.");
            }

            // The 64 KiB limit is on the data; the 4-byte length prefix only counts towards the entity size.
            if (entity[name] is byte[] or BinaryData && valueSize - 4 > MaxPropertyBytes)
            {
                throw new TableLimitExceededException(
                    $"Property '{name}' of the {where} holds {valueSize - 4} bytes; Azure Table Storage allows at most {MaxPropertyBytes}.");
            }

            size += 8 + (2L * name.Length) + valueSize;
        }

        if (size > MaxEntityBytes)
        {
            throw new TableLimitExceededException($"The {where} takes {size} bytes; Azure Table Storage allows at most {MaxEntityBytes} (1 MiB).");
        }
    }

    /// <summary>The entity's size as Azure counts it, for keeping a batch under its payload limit.</summary>
    public static long EstimateSize(TableEntity entity) =>
        4 + (2L * entity.PartitionKey.Length) + (2L * entity.RowKey.Length)
        + entity.Where(p => p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")).Sum(p => 8 + (2L * p.Key.Length) + ValueSize(p.Value));

    /// <summary>Whether a PartitionKey or RowKey is one Azure accepts; a lookup by any other key can only miss.</summary>
    public static bool IsValidKey(string? key) =>
        key is not null && 2L * key.Length <= MaxKeyBytes && !key.Any(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));

    private static void ValidateKey(string keyName, string? key, string where)
    {
        if (key is null)
        {
            throw new TableLimitExceededException($"The {where} has no {keyName}.");
        }

        if (2L * key.Length > MaxKeyBytes)
        {
            throw new TableLimitExceededException(
                $"The {keyName} of the {where} is {key.Length} characters ({2 * key.Length} bytes); Azure Table Storage allows at most {MaxKeyBytes} bytes.");
        }

        var bad = key.FirstOrDefault(c => c is '/' or '\\' or '#' or '?' || char.IsControl(c));
        if (bad != default || key.Contains('\0', StringComparison.Ordinal))
        {
            throw new TableLimitExceededException(
                $"The {keyName} of the {where} contains the character U+{(int)bad:X4}; keys may not contain / \\ # ? or control characters.");
        }
    }

    private static long ValueSize(object? value) => value switch
    {
        null => 0,
        string s => 4 + (2L * s.Length),
        byte[] b => 4 + b.LongLength,
        BinaryData d => 4 + d.ToMemory().Length,
        bool => 1,
        int => 4,
        long or double or DateTime or DateTimeOffset => 8,
        Guid => 16,
        _ => throw new TableLimitExceededException($"Property type {value.GetType().Name} is not a Table Storage type."),
    };

    // Keys that break the rules may be long or hold control characters: keep the message readable.
    private static string Show(string? key) =>
        key is null ? "(null)" : new string(key.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (key.Length > 64 ? "…" : "");
}
