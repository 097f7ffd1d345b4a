using ItaBot.Dialogs;

namespace ItaBot.Dialogs.Tests;

public sealed class InputRulesTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 10, 23, 30, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData("081-234-5678", "0812345678")]
    [InlineData("02 123 4567", "021234567")]
    [InlineData("๐๘๑๒๓๔๕๖๗๘", "0812345678")]
    public void Thai_mobile_and_landline_numbers_pass_as_digits(string typed, string expected)
    {
        Assert.Equal(expected, InputRules.Check(InputRules.PhoneTh, typed));
    }

    [Theory]
    [InlineData("ดูได้ที่ https://example.go.th/ita/o42 ค่ะ", "https://example.go.th/ita/o42")]
    [InlineData("www.example.go.th", "https://www.example.go.th")]
    [InlineData("https://a.go.th/1, https://a.go.th/2.", "https://a.go.th/1\nhttps://a.go.th/2")]
    public void Links_are_kept_one_per_line_and_an_address_without_a_scheme_is_taken_as_https(string typed, string expected)
    {
        Assert.Equal(expected, InputRules.Check(InputRules.Links, typed));
    }

    [Theory]
    [InlineData("ดูในเว็บไซต์ของ อบต.")]
    [InlineData("https://localhost")]
    [InlineData("ftp://example.go.th/file")]
    public void Text_without_a_web_address_is_not_a_link(string typed)
    {
        Assert.Null(InputRules.Check(InputRules.Links, typed));
    }

    [Theory]
    [InlineData("15/3/68", "2025-03-15")]
    [InlineData("วันที่ 15/3/2568 ตอนเช้า", "2025-03-15")]
    [InlineData("15-03-2025", "2025-03-15")]
    public void Dates_are_read_with_a_short_buddhist_year_and_inside_words(string typed, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), InputRules.PastDate(typed, Now));
    }

    [Fact]
    public void A_long_message_at_the_date_question_is_not_searched_for_a_date()
    {
        var story = "วันที่ 15/3/2568 " + new string('ก', 200);

        Assert.Null(InputRules.PastDate(story, Now));
    }

    [Theory]
    [InlineData("812345678")]
    [InlineData("08123456789")]
    [InlineData("0812-ABC-678")]
    public void Other_phone_numbers_do_not_pass(string typed)
    {
        Assert.Null(InputRules.Check(InputRules.PhoneTh, typed));
    }

    [Theory]
    [InlineData("สมศรี ใจดี", true)]
    [InlineData("John Smith", true)]
    [InlineData("ก", false)]
    [InlineData("สมศรี 123", false)]
    public void A_name_is_letters_and_spaces(string typed, bool passes)
    {
        Assert.Equal(passes, InputRules.Check(InputRules.Name, typed) is not null);
    }

    [Theory]
    [InlineData("15/3/2568", 2025, 3, 15)]
    [InlineData("15/3/2025", 2025, 3, 15)]
    [InlineData("10-6-2568", 2025, 6, 10)]
    [InlineData("2025-06-01", 2025, 6, 1)]
    public void Dates_are_read_in_either_era(string typed, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), InputRules.PastDate(typed, Now));
    }

    [Theory]
    [InlineData("11/6/2568")]
    [InlineData("31/2/2568")]
    [InlineData("เมื่อวาน")]
    public void Future_impossible_or_unreadable_dates_are_rejected(string typed)
    {
        Assert.Null(InputRules.PastDate(typed, Now));
    }

    [Fact]
    public void Today_is_judged_in_thai_time()
    {
        var lateUtc = new DateTimeOffset(2025, 6, 10, 18, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2025, 6, 11), InputRules.PastDate("11/6/2568", lateUtc));
    }

    [Fact]
    public void Dates_are_shown_in_the_buddhist_era()
    {
        Assert.Equal("1 มิถุนายน 2568", InputRules.DisplayDate(new DateOnly(2025, 6, 1)));
    }
}
