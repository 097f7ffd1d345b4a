using System.Buffers.Binary;

namespace ItaBot.Reports;

/// <summary>Reads an image's pixel size from its header so photos keep their aspect ratio when scaled.</summary>
internal readonly record struct PixelSize(int Width, int Height)
{
    // A photo whose header we cannot read is still shown, at the 4:3 shape most phone cameras use.
    private static readonly PixelSize Fallback = new(1200, 900);

    public static PixelSize Read(byte[] bytes) =>
        (Png(bytes) ?? Gif(bytes) ?? Jpeg(bytes)) is { Width: > 0, Height: > 0 } size ? size : Fallback;

    private static PixelSize? Png(byte[] b) =>
        b.Length >= 24 && b[0] == 0x89 && b[1] == (byte)'P' && b[2] == (byte)'N' && b[3] == (byte)'G'
            ? new PixelSize(
                BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(16, 4)),
                BinaryPrimitives.ReadInt32BigEndian(b.AsSpan(20, 4)))
            : null;

    private static PixelSize? Gif(byte[] b) =>
        b.Length >= 10 && b[0] == (byte)'G' && b[1] == (byte)'I' && b[2] == (byte)'F'
            ? new PixelSize(
                BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(6, 2)),
                BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(8, 2)))
            : null;

    private static PixelSize? Jpeg(byte[] b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8)
        {
            return null;
        }

        var i = 2;
        while (i + 9 < b.Length && b[i] == 0xFF)
        {
            var marker = b[i + 1];
            var length = BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 2, 2));
            if (IsStartOfFrame(marker))
            {
                return new PixelSize(
                    BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 7, 2)),
                    BinaryPrimitives.ReadUInt16BigEndian(b.AsSpan(i + 5, 2)));
            }

            i += 2 + length;
        }

        return null;
    }

    // SOF0..SOF15 carry the frame size; C4 (DHT), C8 (JPG) and CC (DAC) share the range but do not.
    private static bool IsStartOfFrame(byte marker) =>
        marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
}
