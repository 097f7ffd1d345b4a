using ItaBot.Line.Messaging;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Alerts;

/// <summary>
/// Pushes to staff through the outbox, one row per person, so a blocked phone fails alone and never holds up the
/// others. Callers pass only case numbers and dates: never complaint text or who complained.
/// </summary>
public sealed class StaffAlerts(OutboxComposer outbox, LineUserDirectory users, QuietHours quiet)
{
    public async Task<int> SendAsync(ItaBotDb db, IEnumerable<StaffMember> recipients, Func<StaffMember, IReadOnlyList<Message>> compose,
        string purpose, DateTimeOffset now, CancellationToken ct)
    {
        var release = quiet.ReleaseAt(now);
        var sent = 0;
        foreach (var member in recipients.Where(r => r.UserHash is not null))
        {
            var userId = await users.UserIdAsync(db, member.UserHash!, ct);
            if (userId is null) continue;
            outbox.Push(db, userId, compose(member), purpose, now, release);
            sent++;
        }
        return sent;
    }
}
