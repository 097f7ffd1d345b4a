using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ItaBot.Security;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>
/// Download tokens: the link's file and expiry, HMAC-SHA256-signed with a key derived from the key ring's index key.
/// Nothing about a link is stored, so a token is only as good as its signature, checked in constant time before
/// anything else in it is believed.
/// </summary>
public sealed partial class ReportLinkSigner(KeyRing ring)
{
    private const string Version = "r1";
    private readonly byte[] key = HMACSHA256.HashData(ring.IndexKey, "itabot report-link key v1"u8);

    public string Sign(ReportLink link)
    {
        if (!FileIdPattern().IsMatch(link.FileId) || !FileNamePattern().IsMatch(link.FileName))
            throw new ArgumentException("a report link needs a hex file id and a plain file name", nameof(link));
        var payload = Encoding.UTF8.GetBytes(string.Join('|', Version, link.FileId, link.FileName,
            link.ExpiresAtMs.ToString(CultureInfo.InvariantCulture)));
        return Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(HMACSHA256.HashData(key, payload));
    }

    public (ReportLinkStatus Status, ReportLink? Link) Check(string? token, DateTimeOffset now)
    {
        if (Verified(token) is not { } payload) return (ReportLinkStatus.Invalid, null);
        var parts = Encoding.UTF8.GetString(payload).Split('|');
        if (parts.Length != 4 || parts[0] != Version || !FileIdPattern().IsMatch(parts[1]) || !FileNamePattern().IsMatch(parts[2])
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
            return (ReportLinkStatus.Invalid, null);
        var link = new ReportLink(parts[1], parts[2], expires);
        return now.ToUnixTimeMilliseconds() >= expires ? (ReportLinkStatus.Expired, link) : (ReportLinkStatus.Valid, link);
    }

    private byte[]? Verified(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 512) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0) return null;
        try
        {
            var payload = Base64Url.DecodeFromChars(token.AsSpan(0, dot));
            var signature = Base64Url.DecodeFromChars(token.AsSpan(dot + 1));
            // Only the canonical spelling is accepted, so no second token string opens the same link.
            if (Base64Url.EncodeToString(payload) + "." + Base64Url.EncodeToString(signature) != token) return null;
            return CryptographicOperations.FixedTimeEquals(signature, HMACSHA256.HashData(key, payload)) ? payload : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    internal static partial Regex FileIdPattern();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,80}\.(docx|xlsx|csv)$")]
    internal static partial Regex FileNamePattern();
}
