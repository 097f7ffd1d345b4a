using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class ThaiTextTests
{
    [Theory]
    [InlineData("2568", "๒๕๖๘")]
    [InlineData("ข้อ 8.4 (ITA)", "ข้อ ๘.๔ (ITA)")]
    public void Digits_become_thai_digits_and_everything_else_stays(string text, string expected) =>
        Assert.Equal(expected, ThaiText.Digits(text));

    [Fact]
    public void Large_numbers_keep_their_thousands_separator() => Assert.Equal("๑,๒๓๔", ThaiText.Number(1234));

    [Theory]
    [InlineData(2025, 2568)]
    [InlineData(2568, 2568)]
    public void Years_are_shown_in_the_buddhist_era_whichever_era_they_arrive_in(int year, int expected) =>
        Assert.Equal(expected, ThaiText.BuddhistYear(year));

    [Fact]
    public void A_date_reads_day_month_name_and_buddhist_year()
    {
        Assert.Equal("๓ มกราคม ๒๕๖๘", ThaiText.Date(new DateOnly(2025, 1, 3)));
        Assert.Equal("๓๑ ธันวาคม พ.ศ. ๒๕๖๗", ThaiText.Date(new DateOnly(2024, 12, 31), withEra: true));
    }

    [Fact]
    public void A_missing_decimal_is_shown_as_a_dash() => Assert.Equal("-", ThaiText.Decimal(double.NaN, 2));

    [Theory]
    [InlineData("หนองบุญมาก", "อำเภอหนองบุญมาก")]
    [InlineData("อำเภอเมือง", "อำเภอเมือง")]
    [InlineData("เขตบางรัก", "เขตบางรัก")]
    public void A_district_gets_its_prefix_once(string district, string expected) =>
        Assert.Equal(expected, ThaiText.District(district));

    [Theory]
    [InlineData("นครราชสีมา", "จังหวัดนครราชสีมา")]
    [InlineData("กรุงเทพมหานคร", "กรุงเทพมหานคร")]
    public void A_province_gets_its_prefix_unless_it_is_bangkok(string province, string expected) =>
        Assert.Equal(expected, ThaiText.Province(province));
}
