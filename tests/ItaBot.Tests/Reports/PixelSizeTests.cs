using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class PixelSizeTests
{
    [Fact]
    public void A_png_header_gives_its_size() =>
        Assert.Equal(new PixelSize(300, 200), PixelSize.Read(TestPng.Solid(300, 200, 0, 0, 0)));

    [Fact]
    public void A_jpeg_frame_header_gives_its_size_after_skipping_other_segments()
    {
        byte[] jpeg =
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x04, 0x00, 0x00,
            0xFF, 0xC4, 0x00, 0x04, 0x00, 0x00,
            0xFF, 0xC0, 0x00, 0x11, 0x08, 0x02, 0x58, 0x03, 0x20, 0x03, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        Assert.Equal(new PixelSize(800, 600), PixelSize.Read(jpeg));
    }

    [Fact]
    public void A_gif_header_gives_its_size() =>
        Assert.Equal(new PixelSize(64, 32), PixelSize.Read("GIF89a"u8.ToArray().Concat(new byte[] { 64, 0, 32, 0, 0 }).ToArray()));

    [Fact]
    public void An_unreadable_image_falls_back_to_a_four_by_three_shape()
    {
        var size = PixelSize.Read([1, 2, 3]);
        Assert.Equal(4.0 / 3, (double)size.Width / size.Height, 3);
    }

    [Fact]
    public void Fitting_shrinks_to_the_tighter_bound_and_keeps_the_aspect_ratio()
    {
        var (cx, cy) = WordImages.Fit(new PixelSize(1000, 1000), maxWidthEmu: 4_000_000, maxHeightEmu: 2_000_000);
        Assert.Equal((2_000_000L, 2_000_000L), (cx, cy));
    }
}
