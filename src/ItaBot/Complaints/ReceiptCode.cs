using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Complaints;

/// <summary>
/// The code a complainant keeps to follow an anonymous case: 16 symbols from a 32-letter alphabet without the
/// look-alikes I, O, 0 and 1, so 80 bits, shown as XXXX-XXXX-XXXX-XXXX. Only a keyed hash of it is stored.
/// </summary>
public static class ReceiptCode
{
    public const string Alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    public const int Length = 16;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return Format(new string(chars));
    }

    /// <summary>Upper-cases, drops spaces and dashes; null when it cannot be a code at all.</summary>
    public static string? Normalise(string? input)
    {
        if (input is null) return null;
        var sb = new StringBuilder(Length);
        foreach (var c in input.ToUpperInvariant())
        {
            if (c is '-' or ' ' or '\u00A0') continue;
            if (!Alphabet.Contains(c)) return null;
            sb.Append(c);
        }
        return sb.Length == Length ? Format(sb.ToString()) : null;
    }

    private static string Format(string raw) => string.Join('-', Enumerable.Range(0, Length / 4).Select(i => raw.Substring(i * 4, 4)));
}
