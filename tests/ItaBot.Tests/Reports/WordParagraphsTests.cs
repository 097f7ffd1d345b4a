using DocumentFormat.OpenXml.Wordprocessing;
using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class WordParagraphsTests
{
    [Fact]
    public void A_line_end_in_styled_text_becomes_a_break_rather_than_part_of_the_text()
    {
        var paragraph = WordParagraphs.Styled(WordStyles.TableText, "๑. มีคู่มือ\r\n๒. จัดโครงการ\n๓. ประกาศ");

        Assert.Equal(["๑. มีคู่มือ", "๒. จัดโครงการ", "๓. ประกาศ"], paragraph.Descendants<Text>().Select(t => t.Text));
        Assert.Equal(2, paragraph.Descendants<Break>().Count());
    }

    [Fact]
    public void Lines_gives_one_paragraph_per_non_blank_line()
    {
        var paragraphs = WordParagraphs.Lines(WordStyles.TableText, "๑. มีคู่มือ\n\n  ๒. จัดโครงการ  \r\n").ToList();

        Assert.Equal(["๑. มีคู่มือ", "๒. จัดโครงการ"], paragraphs.Select(p => p.InnerText));
    }
}
