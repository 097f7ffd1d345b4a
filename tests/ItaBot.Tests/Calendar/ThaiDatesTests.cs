using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

public sealed class ThaiDatesTests
{
    [Theory]
    [InlineData("ภายใน 7 วัน (2568)", "ภายใน ๗ วัน (๒๕๖๘)")]
    [InlineData("0123456789", "๐๑๒๓๔๕๖๗๘๙")]
    [InlineData("ไม่มีตัวเลข", "ไม่มีตัวเลข")]
    [InlineData("", "")]
    public void ToThaiDigits_replaces_only_arabic_digits(string text, string expected)
    {
        Assert.Equal(expected, ThaiDates.ToThaiDigits(text));
    }

    [Theory]
    [InlineData("2024-10-01", 2568)]
    [InlineData("2024-12-31", 2568)]
    [InlineData("2025-01-01", 2568)]
    [InlineData("2025-09-30", 2568)]
    [InlineData("2025-10-01", 2569)]
    [InlineData("2025-12-31", 2569)]
    public void FiscalYear_starts_on_the_first_of_October(string iso, int expected)
    {
        Assert.Equal(expected, ThaiDates.FiscalYear(ShippedCalendar.Day(iso)));
    }

    [Theory]
    [InlineData(2568, "2024-10-01", "2025-09-30")]
    [InlineData(2569, "2025-10-01", "2026-09-30")]
    public void FiscalYearRange_runs_from_October_to_September(int year, string start, string end)
    {
        Assert.Equal((ShippedCalendar.Day(start), ShippedCalendar.Day(end)), ThaiDates.FiscalYearRange(year));
    }

    [Theory]
    [InlineData(2568, 1, "2024-10-01", "2025-03-31")]
    [InlineData(2568, 2, "2025-04-01", "2025-09-30")]
    [InlineData(2567, 1, "2023-10-01", "2024-03-31")]
    public void HalfRange_splits_the_fiscal_year_at_the_first_of_April(int year, int half, string start, string end)
    {
        Assert.Equal((ShippedCalendar.Day(start), ShippedCalendar.Day(end)), ThaiDates.HalfRange(year, half));
    }

    [Theory]
    [InlineData(2568, 0)]
    [InlineData(2568, 3)]
    [InlineData(2025, 1)]
    public void HalfRange_rejects_a_missing_half_or_a_christian_year(int year, int half)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDates.HalfRange(year, half));
    }

    [Fact]
    public void FiscalYearRange_explains_that_it_wants_a_buddhist_year()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDates.FiscalYearRange(2025));

        Assert.Contains("Buddhist-era", error.Message);
    }

    [Theory]
    [InlineData("2025-11-20", false, "20 พฤศจิกายน 2568")]
    [InlineData("2025-11-20", true, "๒๐ พฤศจิกายน ๒๕๖๘")]
    [InlineData("2026-01-01", false, "1 มกราคม 2569")]
    public void FormatLong_writes_day_month_and_buddhist_year(string iso, bool thaiDigits, string expected)
    {
        Assert.Equal(expected, ThaiDates.FormatLong(ShippedCalendar.Day(iso), thaiDigits));
    }

    [Theory]
    [InlineData("2025-11-20", false, "20 พ.ย. 68")]
    [InlineData("2025-01-05", false, "5 ม.ค. 68")]
    [InlineData("2057-03-01", false, "1 มี.ค. 00")]
    [InlineData("2024-10-01", true, "๑ ต.ค. ๖๗")]
    public void FormatShort_writes_the_abbreviated_month_and_two_digit_year(string iso, bool thaiDigits, string expected)
    {
        Assert.Equal(expected, ThaiDates.FormatShort(ShippedCalendar.Day(iso), thaiDigits));
    }

    [Theory]
    [InlineData(1, "มกราคม", "ม.ค.")]
    [InlineData(2, "กุมภาพันธ์", "ก.พ.")]
    [InlineData(4, "เมษายน", "เม.ย.")]
    [InlineData(7, "กรกฎาคม", "ก.ค.")]
    [InlineData(9, "กันยายน", "ก.ย.")]
    [InlineData(12, "ธันวาคม", "ธ.ค.")]
    public void Months_have_their_thai_names(int month, string name, string abbreviation)
    {
        Assert.Equal(name, ThaiDates.ThaiMonthName(month));
        Assert.Equal(abbreviation, ThaiDates.ThaiMonthAbbreviation(month));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void A_month_outside_one_to_twelve_is_rejected(int month)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ThaiDates.ThaiMonthName(month));
    }

    [Theory]
    [InlineData(2025, 2568)]
    [InlineData(2024, 2567)]
    public void The_buddhist_era_is_543_years_ahead(int christian, int buddhist)
    {
        Assert.Equal(buddhist, ThaiDates.ToBuddhistYear(christian));
        Assert.Equal(christian, ThaiDates.ToChristianYear(buddhist));
    }
}
