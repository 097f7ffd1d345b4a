namespace ItaBot.Calendar;

/// <summary>
/// Deadline arithmetic for complaint handling. The seeds use both units: "ภายใน ๑ วันทำการนับแต่วันที่ได้รับเรื่อง"
/// (working days, <see cref="AddWorkingDays"/>) for the first review, and "ภายใน ๗ วัน" for the inquiry committee and
/// for telling the complainant the outcome (calendar days, <see cref="AddCalendarDays"/>).
/// </summary>
public sealed class WorkingDays(HolidayCalendar calendar)
{
    /// <summary>Government offices close at 16:30, so a deadline day ends then rather than at midnight.</summary>
    public static readonly TimeOnly DefaultClosingTime = new(16, 30);

    public HolidayCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>
    /// The day <paramref name="n"/> working days after the day of receipt; Friday plus one is Monday.
    /// Something received on a weekend or holiday counts as received on the next working day,
    /// so Saturday plus one is Tuesday, and plus zero is that next working day.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var day = Calendar.IsWorkingDay(start) ? start : NextWorkingDayAfter(start);
        for (var left = n; left > 0; left--)
            day = NextWorkingDayAfter(day);
        return day;
    }

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>; negative when
    /// <paramref name="to"/> is earlier. For a working-day start it undoes <see cref="AddWorkingDays"/>.
    /// </summary>
    public int CountBetween(DateOnly from, DateOnly to) =>
        to < from ? -CountForward(to, from) : CountForward(from, to);

    /// <summary>
    /// Plain calendar days, weekends and holidays included, the day of receipt not counted. A period the office
    /// itself must meet is not stretched past a holiday, so the result is never moved to a working day.
    /// </summary>
    public DateOnly AddCalendarDays(DateOnly start, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        return start.AddDays(n);
    }

    /// <summary>
    /// Closing time in Bangkok on the due day. The day of receipt is the Bangkok date of
    /// <paramref name="receivedAt"/>, whatever offset it carries.
    /// </summary>
    public DateTimeOffset DueAt(DateTimeOffset receivedAt, int workingDays, TimeOnly? closingTime = null)
    {
        var dueDay = AddWorkingDays(BangkokTime.DateOf(receivedAt), workingDays);
        return BangkokTime.At(dueDay, closingTime ?? DefaultClosingTime);
    }

    private DateOnly NextWorkingDayAfter(DateOnly day)
    {
        var next = day.AddDays(1);
        while (!Calendar.IsWorkingDay(next))
            next = next.AddDays(1);
        return next;
    }

    private int CountForward(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (Calendar.IsWorkingDay(day))
                count++;
        }
        return count;
    }
}
