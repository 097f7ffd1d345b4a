using System.Buffers.Binary;
using System.Security.Cryptography;

namespace ItaBot.LineEmulator.State;

/// <summary>The identifier shapes LINE uses: ULIDs, numeric message ids, hex tokens.</summary>
internal static class Ids
{
    private const string Crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static long nextMessageId = 500_000_000_000_000_000 + Random.Shared.NextInt64(1_000_000_000_000);

    public static string Ulid(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        var ms = at.ToUnixTimeMilliseconds();
        for (var i = 5; i >= 0; i--)
        {
            bytes[i] = (byte)(ms & 0xFF);
            ms >>= 8;
        }

        RandomNumberGenerator.Fill(bytes[6..]);
        var value = BinaryPrimitives.ReadUInt128BigEndian(bytes);
        Span<char> chars = stackalloc char[26];
        for (var i = 25; i >= 0; i--)
        {
            chars[i] = Crockford[(int)(value & 31)];
            value >>= 5;
        }

        return new string(chars);
    }

    public static string MessageId() => Interlocked.Increment(ref nextMessageId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Hex32() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string UserId() => "U" + Hex32();

    public static string GroupId() => "C" + Hex32();

    public static string QuoteToken() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
