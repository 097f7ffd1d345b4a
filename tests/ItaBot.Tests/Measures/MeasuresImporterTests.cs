using ItaBot.Measures;
using ItaBot.Measures.Import;
using ItaBot.Tests.Measures.Import;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Measures;

public sealed class MeasuresImporterTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2025, 5, 1, 9, 0, 0, TimeSpan.FromHours(7));
    private readonly MeasuresDb _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Importing_the_nonghuarat_sample_twice_gives_the_same_rows_and_changes_nothing_the_second_time()
    {
        var file = MeasuresFileParser.Parse(SampleFiles.Read("nonghuarat-2568.yaml"), "nonghuarat-2568.yaml");
        var first = await ImportAsync(file);
        var afterFirst = await CountsAsync();
        var second = await ImportAsync(file);
        var afterSecond = await CountsAsync();

        Assert.Equal((5, 13), (first.MeasuresAdded, first.ActivitiesAdded));
        Assert.Equal(afterFirst, afterSecond);
        Assert.Equal((5, 13, 17), (afterSecond.Measures, afterSecond.Activities, afterSecond.Units));
        Assert.Equal((0, 0, 0, 13), (second.MeasuresAdded, second.ActivitiesAdded, second.ActivitiesUpdated, second.ActivitiesUnchanged));
        Assert.Equal(0, second.LinksAdded);
        Assert.Empty(second.Removed);
    }

    [Fact]
    public async Task Units_are_stored_for_access_and_the_all_year_period_keeps_its_text()
    {
        await ImportAsync(MeasuresFileParser.Parse(SampleFiles.Read("nonghuarat-2568.yaml"), "n.yaml"));
        await using var db = _db.Open();
        var finance = await db.ActivityUnits.Where(u => u.Unit == "กองคลัง").Select(u => u.ActivityId).ToListAsync();
        var activities = await db.MeasureActivities.Where(a => finance.Contains(a.Id)).ToListAsync();

        Assert.Equal(["3.1", "3.2"], activities.Select(a => a.Code).Order().ToArray());
        Assert.All(activities, a => Assert.True(a.AllYear));
        Assert.All(activities, a => Assert.Equal("ตลอดปีงบประมาณ", a.PeriodText));
    }

    [Fact]
    public async Task Results_recorded_in_chat_survive_a_reimport_unless_replacing_is_asked_for()
    {
        var file = MeasuresFileParser.Parse(Plan("not_started"), "plan.yaml");
        await ImportAsync(file);
        await using (var db = _db.Open())
        {
            var a = await db.MeasureActivities.SingleAsync(x => x.Code == "1.1");
            (a.Status, a.Progress, a.Result, a.UpdatedBy) = (ActivityStatuses.InProgress, 50, "อบรมแล้วหนึ่งครั้ง", 7);
            await db.SaveChangesAsync();
        }

        var kept = await ImportAsync(file);
        var keptRow = await ActivityAsync("1.1");
        var replaced = await ImportAsync(file, replaceResults: true);
        var replacedRow = await ActivityAsync("1.1");

        Assert.Equal(["1/1.1"], kept.KeptChatUpdates);
        Assert.Equal((ActivityStatuses.InProgress, 50, "อบรมแล้วหนึ่งครั้ง"), (keptRow.Status, keptRow.Progress, keptRow.Result));
        Assert.Empty(replaced.KeptChatUpdates);
        Assert.Equal((ActivityStatuses.NotStarted, 0, null), (replacedRow.Status, replacedRow.Progress, replacedRow.Result));
    }

    [Fact]
    public async Task An_activity_dropped_from_the_file_is_deleted_only_when_nothing_was_recorded_for_it()
    {
        await ImportAsync(MeasuresFileParser.Parse(Plan("not_started"), "plan.yaml"));
        await using (var db = _db.Open())
        {
            var a = await db.MeasureActivities.SingleAsync(x => x.Code == "1.2");
            (a.Result, a.UpdatedBy) = ("ตั้งคณะทำงานแล้ว", 3);
            await db.SaveChangesAsync();
        }
        var shorter = Plan("not_started").Replace(Activity("1.2", "กองช่าง"), "").Replace(Activity("1.3", "กองคลัง"), "");

        var report = await ImportAsync(MeasuresFileParser.Parse(shorter, "plan.yaml"));
        await using var check = _db.Open();

        Assert.Equal(["1/1.3"], report.Removed);
        Assert.Equal(["1/1.2"], report.KeptWithResults);
        Assert.Equal(["1.1", "1.2"], await check.MeasureActivities.Select(a => a.Code).OrderBy(c => c).ToArrayAsync());
        Assert.Equal(0, await check.ActivityUnits.CountAsync(u => u.Unit == "กองคลัง" && !check.MeasureActivities.Any(a => a.Id == u.ActivityId)));
    }

    [Fact]
    public async Task A_changed_unit_moves_the_activity_to_the_new_unit()
    {
        await ImportAsync(MeasuresFileParser.Parse(Plan("not_started"), "plan.yaml"));
        var moved = Plan("not_started").Replace(Activity("1.3", "กองคลัง"), Activity("1.3", "สำนักปลัด"));

        var report = await ImportAsync(MeasuresFileParser.Parse(moved, "plan.yaml"));
        var row = await ActivityAsync("1.3");
        await using var db = _db.Open();

        Assert.Equal(1, report.ActivitiesUpdated);
        Assert.Equal(["สำนักปลัด"], await db.ActivityUnits.Where(u => u.ActivityId == row.Id).Select(u => u.Unit).ToArrayAsync());
    }

    internal static string Activity(string code, string unit) => $$"""
              - code: "{{code}}"
                title: "ขั้นตอน {{code}}"
                units: [{{unit}}]
                period: { all_year: true, text: ตลอดปีงบประมาณ }

        """;

    internal static string Plan(string status, int year = 2568) => $$"""
        organisation: { name: เทศบาลตำบลทดสอบ }
        fiscal_year: {{year}}
        measures:
          - code: "1"
            title: มาตรการทดสอบ
            activities:
              - code: "1.1"
                title: "อบรมคุณธรรมจริยธรรม"
                units: [กองคลัง]
                period: { all_year: true, text: ตลอดปีงบประมาณ }
                status: {{status}}

        """ + Activity("1.2", "กองช่าง") + Activity("1.3", "กองคลัง");

    private async Task<ImportReport> ImportAsync(MeasuresFile file, bool replaceResults = false)
    {
        await using var db = _db.Open();
        return await MeasuresImporter.ImportAsync(db, file, Now, replaceResults, CancellationToken.None);
    }

    private async Task<Storage.Entities.MeasureActivity> ActivityAsync(string code)
    {
        await using var db = _db.Open();
        return await db.MeasureActivities.AsNoTracking().SingleAsync(a => a.Code == code);
    }

    private async Task<(int Measures, int Activities, int Units, int Evidence)> CountsAsync()
    {
        await using var db = _db.Open();
        return (await db.Measures.CountAsync(), await db.MeasureActivities.CountAsync(), await db.ActivityUnits.CountAsync(),
            await db.ActivityEvidence.CountAsync());
    }
}
