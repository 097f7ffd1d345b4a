using System.Security.Cryptography;

namespace ItaBot.Staff.RichMenu;

/// <summary>The configured menu picture, its content type read from its first bytes, and a hash to notice a new one.</summary>
public sealed record StaffRichMenuImage(byte[] Bytes, string ContentType, string Hash)
{
    public static StaffRichMenuImage? Load(string path)
    {
        if (!File.Exists(path)) return null;
        var bytes = File.ReadAllBytes(path);
        var type = bytes switch
        {
            [0x89, 0x50, 0x4E, 0x47, ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            _ => null,
        };
        return type is null ? null : new StaffRichMenuImage(bytes, type, Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }
}
