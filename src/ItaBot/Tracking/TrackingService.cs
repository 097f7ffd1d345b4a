using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Line.Messaging;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Tracking;

/// <summary>
/// ติดตามเรื่อง: a receipt code shows its case to whoever holds it (that is how anonymous complainants follow),
/// and reveals nothing when wrong. An identified citizen also sees their own complaints and feedback.
/// </summary>
public sealed class TrackingService(ComplainantProgress progress, BlindIndex index, Texts texts, IOptions<SecurityOptions> security)
{
    public async Task<Message> ByCodeAsync(ItaBotDb db, string? code, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var limitKey = "receipt:" + index.User(userId);
        if (await RateLimiter.IsBlockedAsync(db, limitKey, security.Value.ReceiptAttemptsPerHour, now, ct))
            return texts.Message("track.too_many", extra: texts.Buttons("menu.buttons"));
        var normalised = ReceiptCode.Normalise(code);
        var complaint = normalised is null ? null
            : await db.Complaints.AsNoTracking().FirstOrDefaultAsync(c => c.ReceiptHash == index.Receipt(normalised), ct);
        if (complaint is null)
        {
            RateLimiter.Record(db, limitKey, now);
            return texts.Message("track.not_found", extra: texts.Buttons("menu.buttons"));
        }
        var tooLarge = await TooLargeAsync(db, [complaint.Id], ct);
        return texts.Message("track.found", FoundValues(complaint, now, tooLarge.GetValueOrDefault(complaint.Id)), texts.Buttons("menu.buttons"));
    }

    public async Task<IReadOnlyList<Message>> MineAsync(ItaBotDb db, string userId, DateTimeOffset now, CancellationToken ct)
    {
        var hash = index.User(userId);
        var complaints = await db.Complaints.AsNoTracking().Where(c => c.ComplainantHash == hash)
            .OrderByDescending(c => c.ReceivedAt).Take(10).ToListAsync(ct);
        var feedback = await db.Feedback.AsNoTracking().Where(f => f.UserHash == hash)
            .OrderByDescending(f => f.ReceivedAt).Take(10).ToListAsync(ct);
        if (complaints.Count == 0 && feedback.Count == 0)
            return [texts.Message("track.mine_empty", extra: texts.Buttons("menu.buttons"))];
        var header = texts.Plain("track.mine_header", Texts.Values(("count", (complaints.Count + feedback.Count).ToString())));
        var tooLarge = await TooLargeAsync(db, complaints.Select(c => c.Id).ToList(), ct);
        var entries = complaints.Select(c => MineEntry(c, now, tooLarge.GetValueOrDefault(c.Id)))
            .Concat(feedback.Select(f => $"• {f.RefNo}: {texts.Plain("feedback.status." + f.Status)}"));
        // Outcomes and notes can make ten cases longer than one LINE text; LINE takes at most five per reply.
        var pages = TextPages.Pack(entries.Prepend(header), MessageValidator.MaxTextLength).Take(MessageValidator.MaxMessages).ToList();
        return pages.Select((page, i) => texts.Message("track.mine_list", Texts.Values(("lines", page)),
            i == pages.Count - 1 ? texts.Buttons("menu.buttons") : null)).ToList();
    }

    /// <summary>The dates are among the progress lines, so a told or closed case no longer shows what was expected.</summary>
    public IReadOnlyDictionary<string, string> FoundValues(Complaint c, DateTimeOffset now, int tooLargeFiles = 0) => Texts.Values(
        ("case_no", c.CaseNo),
        ("progress", progress.Lines(c, now, tooLargeFiles)));

    public string UserHash(string userId) => index.User(userId);

    /// <summary>How many files of each case the fetcher found too large to keep; cases with none are left out.</summary>
    private static async Task<Dictionary<long, int>> TooLargeAsync(ItaBotDb db, IReadOnlyList<long> ids, CancellationToken ct) =>
        ids.Count == 0 ? [] : await db.ComplaintEvidence.AsNoTracking()
            .Where(e => ids.Contains(e.ComplaintId) && e.Status == EvidenceStatus.TooLarge)
            .GroupBy(e => e.ComplaintId)
            .Select(g => new { Id = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Id, g => g.Count, ct);

    private string MineEntry(Complaint c, DateTimeOffset now, int tooLargeFiles) =>
        string.Join("\n", progress.Details(c, now, tooLargeFiles).Select(line => "  " + line).Prepend($"• {c.CaseNo}: {progress.Status(c)}"));
}
