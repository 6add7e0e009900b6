using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace FactBot.Functions.Facts;

/// <summary>
/// The continuation tokens this API issues, the same for both stores: base64url (URL-safe, no padding) of a version
/// byte, the store kind, the store's own token, and the first 8 bytes of a SHA-256 over them. Anything else — garbage,
/// a truncated or altered token, one from the other kind of store — does not decode, and the route answers 400.
/// </summary>
/// <remarks>The checksum catches damage, not forgery: a forged token only pages through facts the caller may list anyway.</remarks>
internal static class PageToken
{
    private const byte Version = 1;
    private const int ChecksumBytes = 8;
    private static readonly byte[] Domain = "FactBot facts page token"u8.ToArray();

    public static string Encode(string storeKind, string storeToken)
    {
        var payload = Payload(storeKind, storeToken);
        return Base64Url.EncodeToString([.. payload, .. Checksum(payload)]);
    }

    /// <summary>The store's token inside <paramref name="token"/>, or false when this API did not issue it for <paramref name="storeKind"/>.</summary>
    public static bool TryDecode(string token, string storeKind, out string storeToken)
    {
        storeToken = string.Empty;
        if (token.Length == 0 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || !Base64Url.IsValid(token))
        {
            return false;
        }

        var bytes = Base64Url.DecodeFromChars(token);
        if (bytes.Length <= ChecksumBytes + 2)
        {
            return false;
        }

        var payload = bytes.AsSpan(0, bytes.Length - ChecksumBytes);
        if (!CryptographicOperations.FixedTimeEquals(Checksum(payload), bytes.AsSpan(payload.Length)))
        {
            return false;
        }

        var kind = Encoding.UTF8.GetBytes(storeKind);
        if (payload[0] != Version || payload[1] != kind.Length || payload.Length < 2 + kind.Length || !payload.Slice(2, kind.Length).SequenceEqual(kind))
        {
            return false;
        }

        storeToken = Encoding.UTF8.GetString(payload[(2 + kind.Length)..]);
        return true;
    }

    private static byte[] Payload(string storeKind, string storeToken)
    {
        var kind = Encoding.UTF8.GetBytes(storeKind);
        return [Version, (byte)kind.Length, .. kind, .. Encoding.UTF8.GetBytes(storeToken)];
    }

    private static byte[] Checksum(ReadOnlySpan<byte> payload)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Domain);
        hash.AppendData(payload);
        return hash.GetHashAndReset()[..ChecksumBytes];
    }
}
