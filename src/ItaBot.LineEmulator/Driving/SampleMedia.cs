namespace ItaBot.LineEmulator.Driving;

/// <summary>Tiny but well-formed media for tests that only need "some image".</summary>
internal static class SampleMedia
{
    public static byte[] Png { get; } = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    // An ISO-BMFF "ftyp" box is enough for anything that sniffs the type.
    public static byte[] Mp4 { get; } =
        [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'m', (byte)'p', (byte)'4', (byte)'2', 0, 0, 0, 0,
         (byte)'m', (byte)'p', (byte)'4', (byte)'2', (byte)'i', (byte)'s', (byte)'o', (byte)'m'];

    public static byte[] M4a { get; } =
        [0, 0, 0, 0x14, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'M', (byte)'4', (byte)'A', (byte)' ', 0, 0, 0, 0,
         (byte)'M', (byte)'4', (byte)'A', (byte)' '];

    public static string ImageContentType(byte[] bytes) =>
        bytes.Length > 2 && bytes[0] == 0xFF && bytes[1] == 0xD8 ? "image/jpeg" : "image/png";
}
