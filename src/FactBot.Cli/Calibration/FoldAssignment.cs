using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace FactBot.Cli.Calibration;

/// <summary>
/// The fold of a claim: a hash of its text, case and spacing aside, so every run splits the same way and a claim
/// that appears in two files never sits on both sides of a split.
/// </summary>
internal static class FoldAssignment
{
    public static int Of(string claim, int folds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var words = claim.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join(' ', words).ToLowerInvariant()));
        return (int)(BinaryPrimitives.ReadUInt64LittleEndian(hash) % (ulong)folds);
    }
}
