using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Security;

/// <summary>
/// Keyed hashes used where the database must find or group rows by a secret value (a LINE user id, a receipt code)
/// without storing it: equal inputs give equal hashes, but the hash cannot be reversed without the index key.
/// </summary>
public sealed class BlindIndex(KeyRing ring)
{
    public string Of(string purpose, string value)
    {
        var data = Encoding.UTF8.GetBytes(purpose + "\n" + value);
        return Convert.ToHexString(HMACSHA256.HashData(ring.IndexKey, data), 0, 20).ToLowerInvariant();
    }

    public string User(string lineUserId) => Of("user", lineUserId);

    public string Chat(string chatId) => Of("chat", chatId);

    public string Receipt(string normalisedCode) => Of("receipt", normalisedCode);

    public string Enrollment(string normalisedCode) => Of("enroll", normalisedCode);
}
