using ItaBot.Calendar;
using ItaBot.Configuration;
using Microsoft.Extensions.Options;

namespace ItaBot.Alerts;

/// <summary>Alerts raised at night wait for the morning; they are delayed, never dropped.</summary>
public sealed class QuietHours(IOptions<AlertOptions> options)
{
    public DateTimeOffset ReleaseAt(DateTimeOffset now)
    {
        var from = TimeOnly.Parse(options.Value.QuietFrom);
        var until = TimeOnly.Parse(options.Value.QuietUntil);
        if (from == until) return now;
        var local = BangkokTime.ToLocal(now);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var today = DateOnly.FromDateTime(local.DateTime);
        var quiet = from < until ? time >= from && time < until : time >= from || time < until;
        if (!quiet) return now;
        var day = from > until && time >= from ? today.AddDays(1) : today;
        return BangkokTime.At(day, until);
    }
}
