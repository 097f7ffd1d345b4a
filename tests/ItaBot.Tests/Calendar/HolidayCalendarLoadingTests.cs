using ItaBot.Calendar;

namespace ItaBot.Tests.Calendar;

public sealed class HolidayCalendarLoadingTests
{
    private const string Good = """
        { "about": ["test"], "coveredYears": [2025],
          "holidays": [ { "date": "2025-01-01", "name": "วันขึ้นปีใหม่", "kind": "statutory" } ] }
        """;

    [Fact]
    public void Valid_json_loads_its_holidays_and_years()
    {
        var calendar = HolidayCalendar.FromJson(Good);

        Assert.Equal("วันขึ้นปีใหม่", calendar.HolidayName(new DateOnly(2025, 1, 1)));
        Assert.Equal([2025], calendar.CoveredYears);
    }

    [Fact]
    public void Comments_and_trailing_commas_are_allowed_so_admins_can_annotate_the_file()
    {
        var json = """
            { // hand-edited
              "coveredYears": [2025,],
              "holidays": [ { "date": "2025-01-01", "name": "x", "kind": "special", }, ] }
            """;

        Assert.True(HolidayCalendar.FromJson(json).IsHoliday(new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("not json", null, "not valid JSON")]
    [InlineData("[]", null, "top level must be an object")]
    [InlineData("""{ "holidays": [] }""", null, "'coveredYears' must be present")]
    [InlineData("""{ "coveredYears": [2025] }""", null, "'holidays' must be present")]
    [InlineData("""{ "coveredYears": [], "holidays": [] }""", null, "coveredYears is empty")]
    [InlineData("""{ "coveredYears": ["2025"], "holidays": [] }""", null, "not a year")]
    [InlineData("""{ "coveredYears": [2568], "holidays": [] }""", null, "Christian-era year 2025")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ "2025-01-01" ] }""", "holidays[0]", "must be an object")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "name": "x", "kind": "special" } ] }""", "holidays[0]", "'date' must be a non-empty string")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2025-02-30", "name": "x", "kind": "special" } ] }""", "holidays[0]", "not a real date")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "1/1/2025", "name": "x", "kind": "special" } ] }""", "holidays[0]", "yyyy-MM-dd")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2568-01-01", "name": "x", "kind": "special" } ] }""", "holidays[0] (2568-01-01)", "Buddhist-era")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2026-01-01", "name": "x", "kind": "special" } ] }""", "holidays[0] (2026-01-01)", "not in coveredYears")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2025-01-01", "name": " ", "kind": "special" } ] }""", "holidays[0] (2025-01-01)", "'name' must be a non-empty string")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2025-01-01", "name": "x" } ] }""", "holidays[0] (2025-01-01)", "'kind' must be a non-empty string")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2025-01-01", "name": "x", "kind": "bridge" } ] }""", "holidays[0] (2025-01-01)", "kind 'bridge' is not one of")]
    [InlineData("""{ "coveredYears": [2025], "holidays": [ { "date": "2025-01-01", "name": "x", "kind": "special" }, { "date": "2025-01-01", "name": "y", "kind": "special" } ] }""", "holidays[1] (2025-01-01)", "already listed at holidays[0]")]
    public void Bad_data_is_rejected_naming_the_source_the_entry_and_the_problem(string json, string? entry, string problem)
    {
        var error = Assert.Throws<HolidayDataException>(() => HolidayCalendar.FromJson(json, "test.json"));

        Assert.Equal("test.json", error.DataSource);
        Assert.Equal(entry, error.Entry);
        Assert.Contains("test.json", error.Message);
        Assert.Contains(problem, error.Message);
    }

    [Fact]
    public void Loading_a_missing_file_names_the_path_and_the_configuration_key()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-holidays-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<HolidayDataException>(() => HolidayCalendar.Load(path));

        Assert.Contains(path, error.Message);
        Assert.Contains(HolidayCalendar.ConfigurationKey, error.Message);
    }

    [Fact]
    public void Loading_a_file_with_a_bad_entry_names_the_file_and_the_entry()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-holidays-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, Good.Replace("2025-01-01", "2025-13-01"));
        try
        {
            var error = Assert.Throws<HolidayDataException>(() => HolidayCalendar.Load(path));

            Assert.Equal(path, error.DataSource);
            Assert.Equal("holidays[0]", error.Entry);
            Assert.Contains("2025-13-01", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_default_path_is_the_calendar_folder_next_to_the_app()
    {
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "Calendar", "thai-holidays.json"), HolidayCalendar.DefaultPath);
        Assert.True(File.Exists(HolidayCalendar.DefaultPath));
    }
}
