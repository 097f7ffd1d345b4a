using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Staff;
using ItaBot.Staff.Cases;
using ItaBot.Tests.Alerts;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Cases;

public sealed class SatisfactionQuestionTests
{
    private static readonly DateTimeOffset Monday = ManualClock.Bangkok(2026, 1, 12, 10);

    [Fact]
    public async Task A_complainant_whose_draft_expired_long_ago_is_still_asked_for_a_rating_at_closing()
    {
        await using var h = ServiceHarness.Create(Monday);
        var citizen = await StartDraftAsync(h, Monday.AddDays(-3));

        await CloseCaseAsync(h, citizen);

        var push = Assert.Single(await h.PushesToAsync(citizen));
        Assert.Contains("พึงพอใจ", push.Text);
        Assert.Equal("satisfaction", (await DraftAsync(h, citizen))!.FlowId);
    }

    [Fact]
    public async Task A_complainant_in_the_middle_of_a_live_draft_keeps_it_and_is_not_asked()
    {
        await using var h = ServiceHarness.Create(Monday);
        var citizen = await StartDraftAsync(h, Monday.AddMinutes(-5));

        await CloseCaseAsync(h, citizen);

        var push = Assert.Single(await h.PushesToAsync(citizen));
        Assert.DoesNotContain("พึงพอใจ", push.Text);
        Assert.Equal("feedback", (await DraftAsync(h, citizen))!.FlowId);
    }

    [Fact]
    public async Task A_complainant_with_a_draft_left_hours_ago_but_still_kept_keeps_it_and_is_not_asked()
    {
        await using var h = ServiceHarness.Create(Monday);
        var citizen = await StartDraftAsync(h, Monday.AddHours(-3));

        await CloseCaseAsync(h, citizen);

        var push = Assert.Single(await h.PushesToAsync(citizen));
        Assert.DoesNotContain("พึงพอใจ", push.Text);
        Assert.Equal("feedback", (await DraftAsync(h, citizen))!.FlowId);
    }

    [Fact]
    public async Task A_rating_question_of_an_earlier_case_left_past_the_day_waits_again_when_a_second_closing_asks_its_own()
    {
        await using var h = ServiceHarness.Create(Monday);
        var citizen = await h.AddCitizenAsync();
        var earlier = await h.AddComplaintAsync(ComplaintStage.Closed, Monday, complainantUserId: citizen);
        var closedAt = Monday.AddDays(-3).ToUnixTimeMilliseconds();
        await h.WithDbAsync(async db =>
        {
            (await db.Complaints.SingleAsync(c => c.Id == earlier.Id)).ClosedAt = closedAt;
            var asked = DialogEngine.Start(h.Get<Texts>().Catalog, PendingRatings.Flow, Monday.AddDays(-3),
                new Dictionary<string, string> { ["case_ref"] = earlier.Id.ToString(), ["case_no"] = earlier.CaseNo }).State;
            await h.Get<DialogStore>().SaveAsync(db, citizen, asked, Monday.AddDays(-3), CancellationToken.None);
            return 0;
        });

        await CloseCaseAsync(h, citizen);

        Assert.Contains("พึงพอใจ", Assert.Single(await h.PushesToAsync(citizen)).Text);
        Assert.NotEqual(earlier.Id.ToString(), (await DraftAsync(h, citizen))!.Slots["case_ref"].Value);
        var pending = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(c => c.Id == earlier.Id));
        Assert.Equal(closedAt, pending.RatingPendingSince);
    }

    private static async Task<string> StartDraftAsync(ServiceHarness h, DateTimeOffset at)
    {
        var citizen = await h.AddCitizenAsync();
        var draft = DialogEngine.Start(h.Get<Texts>().Catalog, "feedback", at).State;
        await h.WithDbAsync(async db =>
        {
            await h.Get<DialogStore>().SaveAsync(db, citizen, draft, at, CancellationToken.None);
            return 0;
        });
        return citizen;
    }

    private static async Task CloseCaseAsync(ServiceHarness h, string citizen)
    {
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Notified, Monday.AddDays(3), complainantUserId: citizen);
        await h.WithDbAsync(db => h.Get<CaseMover>().MoveAsync(db, member,
            new CaseMove(c.Id, ComplaintStage.Closed, "ปิดเรื่อง", null), h.Clock.GetUtcNow(), CancellationToken.None));
    }

    private static Task<DialogState?> DraftAsync(ServiceHarness h, string citizen) =>
        h.WithDbAsync(db => h.Get<DialogStore>().LoadAsync(db, citizen, CancellationToken.None));
}
