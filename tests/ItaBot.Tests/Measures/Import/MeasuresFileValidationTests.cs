using ItaBot.Measures.Import;

namespace ItaBot.Tests.Measures.Import;

public sealed class MeasuresFileValidationTests
{
    private const string FileName = "seed002.yaml";

    private static string Document(string activities, string fiscalYear = "2568", string measureTitle = "มาตรการกำกับดูแลและตรวจสอบการใช้ทรัพย์สินของราชการ") => $"""
        organisation: {"{"} name: เทศบาลตำบลหนองหัวแรต {"}"}
        fiscal_year: {fiscalYear}
        measures:
          - code: "3"
            title: {measureTitle}
            activities:
        {activities}
        """;

    private static string Activity(string code = "3.2", string title = "title: เผยแพร่ประชาสัมพันธ์", string units = "units: [กองคลัง]", string extra = "") => $"""
              - code: "{code}"
                {title}
                {units}
                {extra}
        """;

    private static string ErrorFor(string content) =>
        Assert.Throws<MeasuresFileException>(() => MeasuresFileParser.Parse(content, FileName)).Message;

    [Fact]
    public void The_valid_baseline_document_parses()
    {
        var file = MeasuresFileParser.Parse(Document(Activity()), FileName);

        Assert.Equal("3.2", file.Measures.Single().Activities.Single().Code);
    }

    [Fact]
    public void An_activity_without_a_title_is_rejected_naming_measure_activity_and_field()
    {
        Assert.Equal("seed002.yaml: measure 3, activity 3.2: title is missing", ErrorFor(Document(Activity(title: ""))));
    }

    [Fact]
    public void A_measure_without_a_title_is_rejected_naming_the_measure_and_field()
    {
        Assert.Equal("seed002.yaml: measure 3: title is missing", ErrorFor(Document(Activity(), measureTitle: "\"\"")));
    }

    [Fact]
    public void An_activity_with_empty_units_is_rejected()
    {
        Assert.Equal("seed002.yaml: measure 3, activity 3.2: units is empty", ErrorFor(Document(Activity(units: "units: []"))));
    }

    [Fact]
    public void An_activity_with_no_units_field_is_rejected_as_empty_units()
    {
        Assert.Equal("seed002.yaml: measure 3, activity 3.2: units is empty", ErrorFor(Document(Activity(units: ""))));
    }

    [Fact]
    public void Two_activities_with_the_same_code_in_one_measure_are_rejected()
    {
        var message = ErrorFor(Document(Activity("3.1") + "\n" + Activity("3.1")));

        Assert.Equal("seed002.yaml: measure 3, activity 3.1: code is duplicated within the measure", message);
    }

    [Fact]
    public void Two_measures_with_the_same_code_are_rejected()
    {
        var measure = Document(Activity())[Document(Activity()).IndexOf("  - code", StringComparison.Ordinal)..];

        Assert.Equal("seed002.yaml: measure 3: code is duplicated within the file", ErrorFor(Document(Activity()) + "\n" + measure));
    }

    [Fact]
    public void An_activity_without_a_code_is_named_by_its_position()
    {
        var content = Document(Activity() + "\n      - title: อีกขั้นตอน\n        units: [กองคลัง]");

        Assert.Equal("seed002.yaml: measure 3, activity #2: code is missing", ErrorFor(content));
    }

    [Theory]
    [InlineData(101)]
    [InlineData(-1)]
    public void Progress_outside_zero_to_a_hundred_is_rejected(int progress)
    {
        var message = ErrorFor(Document(Activity(extra: $"progress: {progress}")));

        Assert.Equal($"seed002.yaml: measure 3, activity 3.2: progress {progress} is outside 0..100", message);
    }

    [Fact]
    public void An_unknown_status_is_rejected_with_the_allowed_words()
    {
        var message = ErrorFor(Document(Activity(extra: "status: finished")));

        Assert.Equal("seed002.yaml: measure 3, activity 3.2: status 'finished' is unknown; use one of not_started, in_progress, done", message);
    }

    [Fact]
    public void A_period_whose_start_is_after_its_end_is_rejected()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { from: 2025-03-31, to: 2024-10-01 }")));

        Assert.Equal("seed002.yaml: measure 3, activity 3.2: period.from 2025-03-31 is after period.to 2024-10-01", message);
    }

    [Fact]
    public void A_period_outside_the_fiscal_year_is_rejected_with_the_years_bounds()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { from: 2024-10-01, to: 2025-10-31 }")));

        Assert.Equal(
            "seed002.yaml: measure 3, activity 3.2: period.to 2025-10-31 is outside fiscal year 2568 (2024-10-01 to 2025-09-30)",
            message);
    }

    [Fact]
    public void A_period_starting_before_the_fiscal_year_is_rejected()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { from: 2024-09-30, to: 2025-03-31 }")));

        Assert.StartsWith("seed002.yaml: measure 3, activity 3.2: period.from 2024-09-30 is outside fiscal year 2568", message);
    }

    [Fact]
    public void A_buddhist_era_date_in_a_period_is_rejected_with_a_hint()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { from: 2567-10-01, to: 2568-03-31 }")));

        Assert.StartsWith("seed002.yaml: measure 3, activity 3.2: period.from 2567-10-01 looks like a Buddhist-era date", message);
    }

    [Fact]
    public void A_period_with_only_one_end_is_rejected()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { from: 2024-10-01 }")));

        Assert.Equal("seed002.yaml: measure 3, activity 3.2: period.to is missing", message);
    }

    [Fact]
    public void A_period_that_is_both_all_year_and_dated_is_rejected()
    {
        var message = ErrorFor(Document(Activity(extra: "period: { all_year: true, from: 2024-10-01, to: 2025-03-31 }")));

        Assert.StartsWith("seed002.yaml: measure 3, activity 3.2: period has all_year together with from/to", message);
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2549")]
    [InlineData("2601")]
    public void A_fiscal_year_that_is_not_a_plausible_buddhist_year_is_rejected(string year)
    {
        var message = ErrorFor(Document(Activity(), fiscalYear: year));

        Assert.Equal($"seed002.yaml: fiscal_year {year} is not a Buddhist-era year between 2550 and 2600", message);
    }

    [Fact]
    public void A_missing_fiscal_year_is_rejected()
    {
        var content = Document(Activity()).Replace("fiscal_year: 2568\n", "", StringComparison.Ordinal);

        Assert.Equal("seed002.yaml: fiscal_year is missing", ErrorFor(content));
    }

    [Fact]
    public void An_evidence_link_that_is_not_a_web_address_is_rejected()
    {
        var message = ErrorFor(Document(Activity(extra: "evidence_links: [รูปถ่าย.jpg]")));

        Assert.Equal("seed002.yaml: measure 3, activity 3.2: evidence_links entry 'รูปถ่าย.jpg' is not an http(s) address", message);
    }

    [Fact]
    public void A_misspelt_field_is_rejected_with_its_line_rather_than_ignored()
    {
        var message = ErrorFor(Document(Activity(units: "unit: [กองคลัง]")));

        Assert.StartsWith("seed002.yaml: line 9,", message);
        Assert.Contains("unit", message);
    }

    [Fact]
    public void An_empty_file_is_rejected_naming_the_file()
    {
        Assert.Equal("seed002.yaml: the file is empty", ErrorFor("  \n"));
    }
}
