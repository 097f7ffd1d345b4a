namespace ItaBot.Line.Tests;

public sealed class LineTextTests
{
    [Theory]
    [InlineData("ที่", 3, 1)]
    [InlineData("ทำ", 2, 1)]
    [InlineData("สวัสดีครับ", 10, 7)]
    [InlineData("ติดต่อเจ้าหน้าที่", 17, 11)]
    [InlineData("ขอบคุณค่ะ 🙏", 12, 9)]
    [InlineData("🍎", 2, 1)]
    [InlineData("", 0, 0)]
    public void Thai_and_emoji_count_as_line_counts_them(string text, int utf16Units, int graphemes)
    {
        Assert.Equal(utf16Units, text.Length);
        Assert.Equal(graphemes, LineText.Graphemes(text));
    }

    [Fact]
    public void Null_counts_as_zero() => Assert.Equal(0, LineText.Graphemes(null));
}
