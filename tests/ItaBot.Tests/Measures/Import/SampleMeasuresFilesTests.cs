using ItaBot.Measures.Import;

namespace ItaBot.Tests.Measures.Import;

public sealed class SampleMeasuresFilesTests
{
    public static TheoryData<string> SampleNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in SampleFiles.All())
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    private static MeasuresFile Load(string name) => MeasuresFileParser.Parse(SampleFiles.Read(name), name);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void Every_sample_file_parses_into_measures_that_each_have_activities(string name)
    {
        var file = Load(name);

        Assert.NotEmpty(file.Measures);
        Assert.All(file.Measures, m => Assert.NotEmpty(m.Activities));
        Assert.All(file.Measures.SelectMany(m => m.Activities), a => Assert.NotEmpty(a.Units));
    }

    [Fact]
    public void There_are_samples_for_the_three_seed_organisations()
    {
        var names = SampleFiles.All().Select(Path.GetFileName).ToList();

        Assert.Contains("nonghuarat-2568.yaml", names);
        Assert.Contains("muangmai-2564.yaml", names);
        Assert.Contains("wangsai-2567.yaml", names);
    }

    [Fact]
    public void Nong_hua_raet_2568_is_the_municipality_in_nakhon_ratchasima()
    {
        var file = Load("nonghuarat-2568.yaml");

        Assert.Equal(new OrganisationInfo("เทศบาลตำบลหนองหัวแรต", "เทศบาลตำบล", "หนองบุญมาก", "นครราชสีมา"), file.Organisation);
        Assert.Equal(2568, file.FiscalYear);
    }

    [Fact]
    public void Nong_hua_raet_2568_has_the_five_measures_of_the_report_with_their_units()
    {
        var file = Load("nonghuarat-2568.yaml");

        Assert.Equal(["1", "2", "3", "4", "5"], file.Measures.Select(m => m.Code));
        Assert.Equal(["สำนักปลัด"], UnitsOf(file, "1"));
        Assert.Equal(["สำนักปลัด"], UnitsOf(file, "2"));
        Assert.Equal(["คณะกรรมการทบทวนปรับปรุงการจัดทำคู่มือการใช้ทรัพย์สินของทางราชการ", "กองคลัง"], UnitsOf(file, "3"));
        Assert.Equal(["สำนักปลัด"], UnitsOf(file, "4"));
        Assert.Equal(["งานนิติการ", "สำนักปลัด"], UnitsOf(file, "5"));
    }

    [Fact]
    public void Nong_hua_raet_2568_keeps_the_reports_periods_as_dates_and_as_thai_text()
    {
        var file = Load("nonghuarat-2568.yaml");
        var first = file.Measures[0].Activities[0].Period;
        var allYear = file.Measures[1].Activities[0].Period;

        Assert.Equal(new PeriodSpec(false, new DateOnly(2024, 10, 1), new DateOnly(2025, 3, 31), "ตุลาคม ๖๗ - มีนาคม ๖๘"), first);
        Assert.Equal(new PeriodSpec(true, null, null, "ตลอดปีงบประมาณ"), allYear);
    }

    [Fact]
    public void Nong_hua_raet_2568_reports_every_step_done_with_its_outcome()
    {
        var activities = Load("nonghuarat-2568.yaml").Measures.SelectMany(m => m.Activities).ToList();

        Assert.Equal(13, activities.Count);
        Assert.All(activities, a => Assert.Equal((ActivityStatuses.Done, 100), (a.Status, a.Progress)));
        Assert.All(activities, a => Assert.False(string.IsNullOrWhiteSpace(a.Outcome)));
        Assert.Contains("No Gift Policy", activities.Single(a => a.Code == "1.2").Result);
    }

    [Fact]
    public void Muang_mai_2564_has_four_planned_measures_without_periods()
    {
        var file = Load("muangmai-2564.yaml");
        var activities = file.Measures.SelectMany(m => m.Activities).ToList();

        Assert.Equal(("องค์การบริหารส่วนตำบลเมืองใหม่", 2564), (file.Organisation.Name, file.FiscalYear));
        Assert.Equal(4, file.Measures.Count);
        Assert.Equal(9, activities.Count);
        Assert.All(activities, a => Assert.Equal(PeriodSpec.Unspecified, a.Period));
        Assert.All(activities, a => Assert.Equal(ActivityStatuses.NotStarted, a.Status));
    }

    [Fact]
    public void Wang_sai_2567_has_seven_measures_over_the_whole_fiscal_year()
    {
        var file = Load("wangsai-2567.yaml");
        var activities = file.Measures.SelectMany(m => m.Activities).ToList();

        Assert.Equal(new OrganisationInfo("องค์การบริหารส่วนตำบลวังซ้าย", "องค์การบริหารส่วนตำบล", "วังเหนือ", "ลำปาง"), file.Organisation);
        Assert.Equal(7, file.Measures.Count);
        Assert.Equal(29, activities.Count);
        Assert.All(activities, a => Assert.Equal((new DateOnly(2023, 10, 1), new DateOnly(2024, 9, 30)), (a.Period.From, a.Period.To)));
        Assert.Equal("O42", file.Measures[6].Indicator);
    }

    [Fact]
    public void Tham_sing_2566_has_eleven_measures_all_reported_done_within_february_to_april()
    {
        var file = Load("thamsing-2566.yaml");
        var activities = file.Measures.SelectMany(m => m.Activities).ToList();

        Assert.Equal(("องค์การบริหารส่วนตำบลถ้ำสิงห์", 2566), (file.Organisation.Name, file.FiscalYear));
        Assert.Equal(11, file.Measures.Count);
        Assert.Equal(12, activities.Count);
        Assert.All(activities, a => Assert.Equal(ActivityStatuses.Done, a.Status));
        Assert.All(activities, a => Assert.InRange(a.Period.To!.Value, new DateOnly(2023, 3, 31), new DateOnly(2023, 4, 30)));
    }

    private static IEnumerable<string> UnitsOf(MeasuresFile file, string measureCode) =>
        file.Measures.Single(m => m.Code == measureCode).Activities.SelectMany(a => a.Units).Distinct();
}
