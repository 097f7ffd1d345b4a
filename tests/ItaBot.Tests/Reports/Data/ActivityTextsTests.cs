using ItaBot.Reports.Data;
using ItaBot.Storage.Entities;

namespace ItaBot.Tests.Reports.Data;

public sealed class ActivityTextsTests
{
    [Fact]
    public void The_organisations_own_period_wording_wins()
    {
        var activity = new MeasureActivity { PeriodText = "ตุลาคม ๖๗ - มีนาคม ๖๘", AllYear = true, PeriodFrom = "2024-10-01" };
        Assert.Equal("ตุลาคม ๖๗ - มีนาคม ๖๘", ActivityTexts.Period(activity));
    }

    [Fact]
    public void An_all_year_activity_without_wording_runs_throughout_the_fiscal_year() =>
        Assert.Equal("ตลอดปีงบประมาณ", ActivityTexts.Period(new MeasureActivity { AllYear = true }));

    [Theory]
    [InlineData("2024-10-01", "2025-03-31", "๑ ตุลาคม ๒๕๖๗ - ๓๑ มีนาคม ๒๕๖๘")]
    [InlineData("2025-01-15", null, "ตั้งแต่ ๑๕ มกราคม ๒๕๖๘")]
    [InlineData(null, "2025-09-30", "ภายใน ๓๐ กันยายน ๒๕๖๘")]
    [InlineData(null, null, "")]
    public void Dates_are_written_in_the_Buddhist_era_with_Thai_digits(string? from, string? to, string expected) =>
        Assert.Equal(expected, ActivityTexts.Period(new MeasureActivity { PeriodFrom = from, PeriodTo = to }));

    [Theory]
    [InlineData("done", "ดำเนินการแล้ว")]
    [InlineData("in_progress", "อยู่ระหว่างดำเนินการ")]
    [InlineData("not_started", "ยังไม่ดำเนินการ")]
    public void Statuses_are_shown_in_Thai(string status, string expected) => Assert.Equal(expected, ActivityTexts.Status(status));

    [Fact]
    public void Units_keep_their_written_order_and_gain_any_joined_unit_missing_from_it()
    {
        var activity = new MeasureActivity { Units = "คณะกรรมการ\nกองคลัง" };
        Assert.Equal(["คณะกรรมการ", "กองคลัง", "กองช่าง"], MeasuresReportBuilder.UnitsOf(activity, ["กองคลัง", "กองช่าง"]));
    }
}
