using ItaBot.Reports;
using ItaBot.Reports.Data;
using ItaBot.Storage;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>Builds the chosen report from the database and writes it to a file.</summary>
public sealed class ReportProducer(MeasuresReportBuilder measures, ComplaintStatisticsBuilder complaints)
{
    /// <summary>False when there is nothing to report (no measures recorded for the year); no file is written then.</summary>
    /// <param name="today">The Bangkok day the admin asks on: complaint statistics count whole days before it (<see cref="StatisticsCutoff"/>).</param>
    public async Task<bool> WriteAsync(ItaBotDb db, ReportChoice choice, DateOnly today, string path, CancellationToken ct)
    {
        if (choice.Kind == ReportChoice.Measures)
        {
            var model = await measures.BuildAsync(db, choice.FiscalYear, ct);
            if (model.Measures.Count == 0) return false;
            await using var file = File.Create(path);
            MeasuresReportWriter.Write(model, file);
            return true;
        }
        var statistics = await complaints.BuildAsync(db, choice.FiscalYear, choice.Half, today, ct);
        ComplaintStatisticsWriter.Write(statistics, path);
        return true;
    }
}
