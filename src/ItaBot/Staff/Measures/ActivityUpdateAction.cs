using System.Globalization;
using ItaBot.Audit;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.Measures;
using ItaBot.People;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Measures;

/// <summary>
/// Saves a confirmed activity update. The sender's role and unit are read again now: a member revoked, or moved to
/// another unit, while answering the questions changes nothing, and the activity id in the flow is not trusted.
/// </summary>
public sealed class ActivityUpdateAction(Texts texts, LineUserDirectory users, ActivityLabels labels, StaffRefusal refusal) : IFlowAction
{
    public string Action => ActivityFlow.Action;

    public async Task<IReadOnlyList<Message>> RunAsync(Turn turn, FlowCompletion completion, CancellationToken ct)
    {
        var staff = turn.UserId is { } userId && turn.IsOneToOne
            ? await StaffDirectory.ActiveAsync(turn.Db, users.Hash(userId), ct)
            : null;
        var update = ActivityUpdateReader.Read(completion);
        var view = update is null ? null : await ActivityQueries.FindAsync(turn.Db, update.ActivityId, turn.Now, ct);
        if (staff is null || update is null || view is null || !ActivityAccess.CanUpdate(staff, view.Units))
        {
            return [refusal.Refuse(turn, staff, StaffRefusal.Who.Unit, "activity.update")];
        }
        var activity = view.Activity;
        var before = $"{activity.Status} {activity.Progress}%";
        activity.Status = update.Status;
        activity.Progress = update.Progress ?? activity.Progress;
        activity.Result = update.Result ?? activity.Result;
        activity.Outcome = update.Outcome ?? activity.Outcome;
        activity.UpdatedAt = turn.Now.ToUnixTimeMilliseconds();
        activity.UpdatedBy = staff.Id;
        var photos = AddEvidence(turn, staff, activity, update.Evidence);
        var links = await AddLinksAsync(turn, staff, activity, update.Links, ct);
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(staff.Id), "activity.updated", "activity:" + activity.Id,
            $"{before} -> {activity.Status} {activity.Progress}%; evidence +{photos}; links +{links}");
        var state = ActivityTiming.StateOf(activity, view.Measure.FiscalYear, Calendar.BangkokTime.DateOf(turn.Now));
        return [texts.Message("activity.saved", Texts.Values(
            ("title", ActivityLabels.Clip($"{activity.Code} {activity.Title}", 200)),
            ("status", labels.Status(state)),
            ("progress", ActivityLabels.Number(activity.Progress)),
            ("photos", ActivityLabels.Number(photos)),
            ("links", ActivityLabels.Number(links))), NextButtons())];
    }

    private IReadOnlyList<Button> NextButtons() =>
    [
        new(ButtonKind.Postback, texts.Plain("staff.btn.mywork"), StaffPostback.MyWork),
        new(ButtonKind.Postback, texts.Plain("staff.btn.measures"), StaffPostback.Measures),
    ];

    // Photos and files are fetched from LINE later by EvidenceFetcher; a place is kept as a map link.
    private static int AddEvidence(Turn turn, StaffMember staff, MeasureActivity activity, IReadOnlyList<EvidenceItem> items)
    {
        var now = turn.Now.ToUnixTimeMilliseconds();
        foreach (var item in items)
        {
            var place = item.Kind == ActivityEvidenceKinds.Location && item.Latitude is { } lat && item.Longitude is { } lng;
            if (!place && item.MessageId is null) continue;
            turn.Db.ActivityEvidence.Add(new ActivityEvidence
            {
                ActivityId = activity.Id,
                Kind = item.Kind,
                LineMessageId = place ? null : item.MessageId,
                Url = place ? string.Create(CultureInfo.InvariantCulture, $"https://www.google.com/maps?q={item.Latitude},{item.Longitude}") : null,
                Status = place ? EvidenceStatus.Stored : EvidenceStatus.Pending,
                CreatedAt = now,
                NextAttemptAt = now,
                AddedBy = staff.Id,
            });
        }
        return items.Count(i => i.MessageId is not null || i.Latitude is not null);
    }

    private static async Task<int> AddLinksAsync(Turn turn, StaffMember staff, MeasureActivity activity, IReadOnlyList<string> links,
        CancellationToken ct)
    {
        var known = await turn.Db.ActivityEvidence.Where(e => e.ActivityId == activity.Id && e.Kind == ActivityEvidenceKinds.Link)
            .Select(e => e.Url).ToListAsync(ct);
        var added = links.Where(l => !known.Contains(l)).ToList();
        turn.Db.ActivityEvidence.AddRange(added.Select(l => new ActivityEvidence
        {
            ActivityId = activity.Id,
            Kind = ActivityEvidenceKinds.Link,
            Url = l,
            Status = EvidenceStatus.Stored,
            CreatedAt = turn.Now.ToUnixTimeMilliseconds(),
            AddedBy = staff.Id,
        }));
        return added.Count;
    }
}
