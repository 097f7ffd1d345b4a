using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Security;

/// <summary>
/// Keyed hashes used where the database must find or group rows by a secret value (a LINE user id, a receipt code)
/// without storing it: equal inputs give equal hashes, but the hash cannot be reversed without the index key.
/// </summary>
public sealed class BlindIndex(KeyRing ring)
{
    // A one-shot HMAC sets up a new OpenSSL context each call, and every turn computes several of these; a keyed
    // context per thread is reset instead. IncrementalHash is not thread-safe, hence one per thread.
    private readonly ThreadLocal<IncrementalHash> _hmac = new(() => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, ring.IndexKey));

    public string Of(string purpose, string value)
    {
        var hmac = _hmac.Value!;
        hmac.AppendData(Encoding.UTF8.GetBytes(purpose + "\n" + value));
        Span<byte> hash = stackalloc byte[32];
        hmac.GetHashAndReset(hash);
        return Convert.ToHexStringLower(hash[..20]);
    }

    public string User(string lineUserId) => Of("user", lineUserId);

    public string Chat(string chatId) => Of("chat", chatId);

    public string Receipt(string normalisedCode) => Of("receipt", normalisedCode);

    public string Enrollment(string normalisedCode) => Of("enroll", normalisedCode);
}
