using ItaBot.Calendar;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Measures;

/// <summary>Which fiscal year staff work on: the current one, or the latest imported when this year has none yet.</summary>
public static class MeasureYears
{
    public static async Task<int> CurrentAsync(ItaBotDb db, DateTimeOffset now, CancellationToken ct)
    {
        var year = ThaiDates.FiscalYear(BangkokTime.DateOf(now));
        if (await db.Measures.AnyAsync(m => m.FiscalYear == year, ct)) return year;
        return await db.Measures.MaxAsync(m => (int?)m.FiscalYear, ct) ?? year;
    }
}
