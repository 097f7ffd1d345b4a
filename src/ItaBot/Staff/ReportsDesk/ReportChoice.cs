using System.Globalization;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>Which report an admin asked for: the measures of a year, or complaint statistics for a half or the whole year.</summary>
public sealed record ReportChoice(string Kind, int FiscalYear, int? Half)
{
    public const string Measures = "measures";
    public const string Complaints = "complaints";
    public const string Action = "report";

    public static ReportChoice MeasuresOf(int year) => new(Measures, year, null);

    public static ReportChoice ComplaintsOf(int year, int? half) => new(Complaints, year, half);

    /// <summary>The postback of the button that asks for this report: s|report|measures|2568 or s|report|complaints|2568|1.</summary>
    public string Postback => Kind == Measures
        ? $"s|{Action}|{Measures}|{FiscalYear}"
        : $"s|{Action}|{Complaints}|{FiscalYear}|{Half ?? 0}";

    /// <summary>What the browser saves the file as: plain ASCII, so every phone keeps the name.</summary>
    public string FileName => Kind == Measures
        ? $"ita-measures-{FiscalYear}.docx"
        : $"complaint-statistics-{FiscalYear}{(Half is { } h ? "-h" + h : "")}.docx";

    /// <summary>
    /// The verb and options of the same report on the command line, offered when no download link can be given.
    /// No program name: how the CLI is started depends on the install (dotnet ItaBot.dll, dotnet run), see README.
    /// </summary>
    public string Command => Kind == Measures
        ? $"report measures --fiscal-year {FiscalYear} --out {FileName}"
        : $"report complaints --fiscal-year {FiscalYear}{(Half is { } h ? " --half " + h : "")} --out {FileName}";

    /// <summary>Null when the parts name no report; the admin then gets the choice of reports.</summary>
    public static ReportChoice? Parse(IReadOnlyList<string> parts)
    {
        if (parts.Count < 4 || parts[1] != Action) return null;
        if (!int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2500 or > 2700) return null;
        return parts[2] switch
        {
            Measures when parts.Count == 4 => MeasuresOf(year),
            Complaints when parts.Count == 5 && parts[4] is "0" or "1" or "2" => ComplaintsOf(year, parts[4] == "0" ? null : parts[4][0] - '0'),
            _ => null,
        };
    }
}
