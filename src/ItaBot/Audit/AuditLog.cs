using ItaBot.Storage;
using ItaBot.Storage.Entities;

namespace ItaBot.Audit;

/// <summary>Who did or read what, when. Rows are added with the change they describe and never updated.</summary>
public static class AuditLog
{
    public static void Add(ItaBotDb db, DateTimeOffset at, string actor, string action, string subject, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            At = at.ToUnixTimeMilliseconds(),
            Actor = actor,
            Action = action,
            Subject = subject,
            Detail = detail,
        });

    public static string Staff(long staffId) => "staff:" + staffId;
}
