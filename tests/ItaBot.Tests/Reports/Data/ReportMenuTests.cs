using System.Globalization;
using ItaBot.Staff.ReportsDesk;
using ItaBot.Tests.Alerts;

namespace ItaBot.Tests.Reports.Data;

public sealed class ReportMenuTests
{
    [Fact]
    public async Task On_22_November_2569_the_previous_fiscal_year_2569_is_offered_first_and_no_second_half_of_2570()
    {
        await using var h = ServiceHarness.Create(DateTimeOffset.UnixEpoch);

        var labels = h.Get<ReportMenu>().Buttons(new DateOnly(2026, 11, 22)).Select(b => b.Label);

        Assert.Equal(["มาตรการ ปี 2569", "ร้องเรียน ปี 2569", "มาตรการ ปี 2570", "ร้องเรียน ครึ่งปีแรก 2570", "ร้องเรียน ปี 2570"], labels);
    }

    [Theory]
    [InlineData(2027, 3, 31, false)]
    [InlineData(2027, 4, 1, true)]
    [InlineData(2027, 9, 30, true)]
    [InlineData(2027, 10, 1, false)]
    public void The_second_half_is_offered_only_once_it_has_begun_on_1_April(int year, int month, int day, bool offered)
    {
        var offers = ReportMenu.Offers(new DateOnly(year, month, day));

        Assert.Equal(offered, offers.Any(o => o.Choice.Half == 2));
    }

    [Fact]
    public async Task Every_offered_label_fits_a_quick_reply_on_any_day_of_the_year()
    {
        await using var h = ServiceHarness.Create(DateTimeOffset.UnixEpoch);
        var menu = h.Get<ReportMenu>();

        for (var day = new DateOnly(2026, 10, 1); day <= new DateOnly(2027, 9, 30); day = day.AddDays(1))
        {
            var buttons = menu.Buttons(day);
            Assert.InRange(buttons.Count, 1, 13);
            Assert.All(buttons, b => Assert.InRange(new StringInfo(b.Label).LengthInTextElements, 1, 20));
        }
    }
}
