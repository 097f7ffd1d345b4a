using System.Security.Cryptography;
using ItaBot.Complaints;

namespace ItaBot.Staff;

/// <summary>A one-time code of 12 symbols (60 bits) from the receipt alphabet, shown as XXXX-XXXX-XXXX.</summary>
public static class EnrollmentCodes
{
    public const int Length = 12;

    public static string New()
    {
        Span<char> chars = stackalloc char[Length];
        for (var i = 0; i < Length; i++) chars[i] = ReceiptCode.Alphabet[RandomNumberGenerator.GetInt32(ReceiptCode.Alphabet.Length)];
        var raw = new string(chars);
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }

    public static string? Normalise(string? input)
    {
        if (input is null) return null;
        var raw = new string(input.ToUpperInvariant().Where(c => c is not ('-' or ' ')).ToArray());
        if (raw.Length != Length || raw.Any(c => !ReceiptCode.Alphabet.Contains(c))) return null;
        return $"{raw[..4]}-{raw[4..8]}-{raw[8..]}";
    }
}
