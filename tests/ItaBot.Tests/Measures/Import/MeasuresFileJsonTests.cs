using System.Text.Json;
using ItaBot.Measures.Import;

namespace ItaBot.Tests.Measures.Import;

public sealed class MeasuresFileJsonTests
{
    private const string Yaml = """
        organisation: { name: เทศบาลตำบลหนองหัวแรต, kind: เทศบาลตำบล, district: หนองบุญมาก, province: นครราชสีมา }
        fiscal_year: 2568
        measures:
          - code: "5"
            title: มาตรการจัดการเรื่องร้องเรียนการทุจริต
            indicator: O42
            activities:
              - code: "5.1"
                title: ช่องทางการร้องเรียนการทุจริตในการปฏิบัติงานของเจ้าหน้าที่
                units: [งานนิติการ, สำนักปลัด]
                period: { from: 2024-10-01, to: 2025-09-30, text: "ตุลาคม ๖๗ – กันยายน ๖๘" }
                indicator: O42
                status: in_progress
                progress: 40
                result: มีช่องทางการร้องเรียน
                outcome: ประชาชนร้องเรียนได้สะดวก
                evidence_links: [https://www.nonghuaratcity.go.th]
              - code: "5.2"
                title: รวบรวมข้อมูลและตรวจสอบข้อมูลเบื้องต้น
                units: [งานนิติการ]
                period: { all_year: true, text: ตลอดปีงบประมาณ }
        """;

    private const string Json = """
        {
          "organisation": { "name": "เทศบาลตำบลหนองหัวแรต", "kind": "เทศบาลตำบล", "district": "หนองบุญมาก", "province": "นครราชสีมา" },
          "fiscal_year": 2568,
          "measures": [
            {
              "code": "5",
              "title": "มาตรการจัดการเรื่องร้องเรียนการทุจริต",
              "indicator": "O42",
              "activities": [
                {
                  "code": "5.1",
                  "title": "ช่องทางการร้องเรียนการทุจริตในการปฏิบัติงานของเจ้าหน้าที่",
                  "units": ["งานนิติการ", "สำนักปลัด"],
                  "period": { "from": "2024-10-01", "to": "2025-09-30", "text": "ตุลาคม ๖๗ – กันยายน ๖๘" },
                  "indicator": "O42",
                  "status": "in_progress",
                  "progress": 40,
                  "result": "มีช่องทางการร้องเรียน",
                  "outcome": "ประชาชนร้องเรียนได้สะดวก",
                  "evidence_links": ["https://www.nonghuaratcity.go.th"]
                },
                {
                  "code": "5.2",
                  "title": "รวบรวมข้อมูลและตรวจสอบข้อมูลเบื้องต้น",
                  "units": ["งานนิติการ"],
                  "period": { "all_year": true, "text": "ตลอดปีงบประมาณ" }
                }
              ]
            }
          ]
        }
        """;

    // Records compare their lists by reference, so the two results are compared through a canonical serialisation.
    private static string Canonical(MeasuresFile file) => JsonSerializer.Serialize(file);

    [Fact]
    public void Json_with_the_same_field_names_parses_to_the_same_measures_as_yaml()
    {
        var fromYaml = MeasuresFileParser.Parse(Yaml, "nonghuarat.yaml");
        var fromJson = MeasuresFileParser.Parse(Json, "nonghuarat.json");

        Assert.Equal(Canonical(fromYaml), Canonical(fromJson));
        Assert.Equal(40, fromJson.Measures[0].Activities[0].Progress);
        Assert.True(fromJson.Measures[0].Activities[1].Period.AllYear);
    }

    [Fact]
    public void A_sample_file_written_out_as_json_parses_back_to_the_same_measures()
    {
        var fromYaml = MeasuresFileParser.Parse(SampleFiles.Read("nonghuarat-2568.yaml"), "nonghuarat-2568.yaml");
        var json = JsonSerializer.Serialize(ToFileShape(fromYaml));

        var fromJson = MeasuresFileParser.Parse(json, "nonghuarat-2568.json");

        Assert.Equal(Canonical(fromYaml), Canonical(fromJson));
    }

    [Fact]
    public void Json_errors_name_the_file_and_the_activity_like_yaml_errors_do()
    {
        var broken = Json.Replace("\"units\": [\"งานนิติการ\"]", "\"units\": []", StringComparison.Ordinal);

        var error = Assert.Throws<MeasuresFileException>(() => MeasuresFileParser.Parse(broken, "nonghuarat.json"));

        Assert.Equal("nonghuarat.json: measure 5, activity 5.2: units is empty", error.Message);
    }

    // The file's own snake_case shape, built from a parsed file, so a real sample can be round-tripped through JSON.
    private static object ToFileShape(MeasuresFile file) => new Dictionary<string, object?>
    {
        ["organisation"] = new Dictionary<string, object?>
        {
            ["name"] = file.Organisation.Name,
            ["kind"] = file.Organisation.Kind,
            ["district"] = file.Organisation.District,
            ["province"] = file.Organisation.Province,
        },
        ["fiscal_year"] = file.FiscalYear,
        ["measures"] = file.Measures.Select(m => new Dictionary<string, object?>
        {
            ["code"] = m.Code,
            ["title"] = m.Title,
            ["indicator"] = m.Indicator,
            ["activities"] = m.Activities.Select(ActivityShape).ToList(),
        }).ToList(),
    };

    private static Dictionary<string, object?> ActivityShape(ActivitySpec a) => new()
    {
        ["code"] = a.Code,
        ["title"] = a.Title,
        ["units"] = a.Units,
        ["period"] = new Dictionary<string, object?>
        {
            ["all_year"] = a.Period.AllYear,
            ["from"] = a.Period.From?.ToString("yyyy-MM-dd"),
            ["to"] = a.Period.To?.ToString("yyyy-MM-dd"),
            ["text"] = a.Period.Text,
        },
        ["indicator"] = a.Indicator,
        ["status"] = a.Status,
        ["progress"] = a.Progress,
        ["result"] = a.Result,
        ["outcome"] = a.Outcome,
        ["evidence_links"] = a.EvidenceLinks,
    };
}
