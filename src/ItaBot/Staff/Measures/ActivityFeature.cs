using System.Globalization;
using ItaBot.Conversation;
using ItaBot.Measures;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Measures;

/// <summary>
/// A tapped activity: its details, then the questions of dialogs/staff_activity.yaml. Someone outside the
/// activity's units gets the same refusal as for an activity that does not exist, so ids reveal nothing.
/// </summary>
public sealed class ActivityFeature(ActivityCards cards, ActivityLabels labels, FlowRunner flows, StaffRefusal refusal) : IStaffFeature
{
    public const string ActionName = "act";

    public bool Owns(string? action, string? word) => action == ActionName;

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        var view = request.Id is { } id ? await ActivityQueries.FindAsync(turn.Db, id, turn.Now, ct) : null;
        if (view is null || !ActivityAccess.CanUpdate(request.Staff, view.Units))
        {
            reply.Add(refusal.Refuse(turn, request.Staff, StaffRefusal.Who.Unit, "activity:" + (request.Id?.ToString() ?? "?")));
            return;
        }
        var (photos, links) = await EvidenceCountsAsync(turn.Db, view.Activity.Id, ct);
        reply.Add(cards.Details(view, photos, links));
        await flows.StartAsync(turn, ActivityFlow.FlowId, new Dictionary<string, string>
        {
            [ActivityFlow.ActivityId] = view.Activity.Id.ToString(CultureInfo.InvariantCulture),
            [ActivityFlow.Title] = ActivityLabels.Clip($"{view.Activity.Code} {view.Activity.Title}", 200),
            [ActivityFlow.CurrentStatus] = labels.Status(view.State),
            [ActivityFlow.CurrentProgress] = ActivityLabels.Number(view.Activity.Progress),
        }, reply, ct);
    }

    public static async Task<(int Photos, int Links)> EvidenceCountsAsync(ItaBotDb db, long activityId, CancellationToken ct)
    {
        var kinds = await db.ActivityEvidence.Where(e => e.ActivityId == activityId).Select(e => e.Kind).ToListAsync(ct);
        var links = kinds.Count(k => k == ActivityEvidenceKinds.Link);
        return (kinds.Count - links, links);
    }
}
