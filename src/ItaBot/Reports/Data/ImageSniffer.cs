namespace ItaBot.Reports.Data;

/// <summary>The report only embeds PNG, JPEG and GIF; the stored content type is checked against the bytes themselves.</summary>
internal static class ImageSniffer
{
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) ? "image/png"
        : bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]) ? "image/jpeg"
        : bytes.StartsWith("GIF8"u8) ? "image/gif"
        : null;
}
