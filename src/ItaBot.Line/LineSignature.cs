using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Line;

/// <summary>The x-line-signature check: Base64(HMAC-SHA256(channel secret, raw body)).</summary>
public static class LineSignature
{
    public static string Compute(string channelSecret, ReadOnlySpan<byte> body)
    {
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, mac);
        return Convert.ToBase64String(mac);
    }

    public static bool IsValid(string channelSecret, ReadOnlySpan<byte> body, string? signature)
    {
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(channelSecret)) return false;
        Span<byte> given = stackalloc byte[64];
        // A malformed or wrong-length header is simply not a match; never an exception.
        if (!Convert.TryFromBase64String(signature.Trim(), given, out var written) || written != HMACSHA256.HashSizeInBytes)
            return false;
        Span<byte> expected = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(Encoding.UTF8.GetBytes(channelSecret), body, expected);
        return CryptographicOperations.FixedTimeEquals(expected, given[..written]);
    }
}
