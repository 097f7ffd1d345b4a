using ItaBot.Tests.Support;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Staff.Cases;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Alerts;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Cases;

public sealed class CaseMoverTests
{
    private static readonly DateTimeOffset Monday = ManualClock.Bangkok(2026, 1, 12, 10);

    [Theory]
    [InlineData("staff", "received", "review", false)]
    [InlineData("officer", "received", "review", true)]
    [InlineData("admin", "received", "review", true)]
    [InlineData("officer", "received", "closed", false)]
    [InlineData("officer", "review", "notified", false)]
    [InlineData("officer", "closed", "review", false)]
    [InlineData("officer", "received", "nonsense", false)]
    public async Task A_move_happens_only_for_a_complaint_handler_along_the_transition_table(string role, string from, string to, bool moves)
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(role, "งานนิติการ");
        var c = await h.AddComplaintAsync(from, Monday.AddDays(1));

        var moved = await MoveAsync(h, member, new CaseMove(c.Id, to, "บันทึก", null));

        Assert.Equal(moves, moved is not null);
        Assert.Equal(moves ? to : from, await StageAsync(h, c.Id));
        Assert.Equal(moves ? 1 : 0, await h.WithDbAsync(db => db.ComplaintHistory.CountAsync()));
    }

    [Fact]
    public async Task A_revoked_officer_cannot_move_a_case()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        member.Status = StaffStatus.Revoked;
        var c = await h.AddComplaintAsync(ComplaintStage.Received, Monday.AddDays(1));

        Assert.Null(await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Review, "บันทึก", null)));
    }

    [Fact]
    public async Task Forwarding_needs_an_agency_and_records_the_decision_with_its_time()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Review, Monday.AddDays(1));

        var without = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Forwarded, "ส่งต่อ", null));
        var with = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Forwarded, "ส่งต่อ", "สำนักงาน ป.ป.ท."));

        Assert.Null(without);
        Assert.NotNull(with);
        Assert.Equal("สำนักงาน ป.ป.ท.", h.Get<ForwardingAgency>().Read(with!));
        Assert.Equal(ComplaintStage.Forwarded, with!.Decision);
        Assert.Equal(Monday.ToUnixTimeMilliseconds(), with.DecidedAt);
        // Seed 002: the complainant is told the result within 7 days of the decision.
        Assert.Equal(ManualClock.Bangkok(2026, 1, 19, 16, 30).ToUnixTimeMilliseconds(), with.StageDue);
    }

    [Fact]
    public async Task The_agency_typed_by_the_officer_is_stored_only_sealed()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Review, Monday.AddDays(1));

        await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Forwarded, "ส่งต่อ", "  สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา "));

        var stored = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Null(stored.ForwardedTo);
        Assert.True(stored.ForwardedAgency.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("นครราชสีมา")) < 0);
        Assert.Equal("สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา",
            h.Get<FieldCipher>().DecryptText(stored.ForwardedAgency!, ForwardingAgency.Purpose));
    }

    [Fact]
    public async Task Telling_the_result_needs_the_result_and_leaves_no_note_of_the_stage_before()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Concluded, Monday.AddDays(3));
        var notes = h.Get<ComplainantNotes>();
        await h.WithDbAsync(async db =>
        {
            var row = await db.Complaints.SingleAsync(x => x.Id == c.Id);
            notes.ReplaceNote(row, "คณะกรรมการสรุปผลแล้ว รอผู้บริหารสั่งการ");
            return row;
        });

        var without = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Notified, "แจ้งแล้ว", null));
        var with = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Notified, "แจ้งแล้ว", null, "ลงโทษทางวินัยผู้ถูกร้องแล้ว"));

        Assert.Null(without);
        Assert.Equal("ลงโทษทางวินัยผู้ถูกร้องแล้ว", notes.Result(with!));
        Assert.Null(notes.CurrentNote(with!));
        Assert.Null(with!.PublicNote);
    }

    [Fact]
    public async Task A_note_given_with_a_decision_belongs_to_that_stage_and_the_next_move_without_one_clears_it()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Review, Monday.AddDays(1));
        var notes = h.Get<ComplainantNotes>();

        var investigating = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Investigating, "ตั้งกรรมการ", null, "ตั้งกรรมการแล้ว"));
        var concluded = await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Concluded, "สรุปผลแล้ว", null));

        Assert.Equal("ตั้งกรรมการแล้ว", notes.CurrentNote(investigating!));
        Assert.Equal(ComplaintStage.Investigating, investigating!.PublicNoteStage);
        Assert.Null(notes.CurrentNote(concluded!));
        Assert.Null(concluded!.PublicNote);
    }

    [Fact]
    public async Task The_note_is_kept_only_encrypted_in_the_history()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Received, Monday.AddDays(1));

        await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Review, "พยานยืนยันว่ามีการเรียกเงิน", null));

        var history = await h.WithDbAsync(db => db.ComplaintHistory.SingleAsync());
        Assert.NotNull(history.Note);
        Assert.True(history.Note.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("พยาน")) < 0);
        Assert.Equal("พยานยืนยันว่ามีการเรียกเงิน", h.Get<FieldCipher>().DecryptText(history.Note, ComplaintService.NotePurpose));
        Assert.Equal(member.Id, history.ActorStaffId);
        Assert.Equal(ComplaintStage.Received, history.FromStage);
    }

    [Fact]
    public async Task Closing_an_identified_case_pushes_the_news_and_asks_the_complainant_for_a_rating()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, _) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var citizen = await h.AddCitizenAsync();
        var c = await h.AddComplaintAsync(ComplaintStage.Notified, Monday.AddDays(3), complainantUserId: citizen);

        await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Closed, "ปิดเรื่อง", null));

        var push = Assert.Single(await h.PushesToAsync(citizen));
        Assert.Contains("ปิดเรื่องแล้ว", push.Text);
        Assert.Contains("พึงพอใจ", push.Text);
        var state = await h.WithDbAsync(db => h.Get<DialogStore>().LoadAsync(db, citizen, CancellationToken.None));
        Assert.Equal("satisfaction", state!.FlowId);
        Assert.NotNull(await h.WithDbAsync(db => db.Complaints.Where(x => x.Id == c.Id).Select(x => x.ClosedAt).SingleAsync()));
    }

    [Fact]
    public async Task An_anonymous_case_pushes_nobody_when_it_moves()
    {
        await using var h = ServiceHarness.Create(Monday);
        var (member, officer) = await h.AddStaffAsync(StaffRole.Officer, "งานนิติการ");
        var c = await h.AddComplaintAsync(ComplaintStage.Received, Monday.AddDays(1));

        await MoveAsync(h, member, new CaseMove(c.Id, ComplaintStage.Review, "รับไว้", null));

        Assert.Equal(0, await h.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Empty(await h.PushesToAsync(officer));
    }

    private static Task<Complaint?> MoveAsync(ServiceHarness h, StaffMember member, CaseMove move) =>
        h.WithDbAsync(db => h.Get<CaseMover>().MoveAsync(db, member, move, h.Clock.GetUtcNow(), CancellationToken.None));

    private static Task<string> StageAsync(ServiceHarness h, long id) =>
        h.WithDbAsync(db => db.Complaints.Where(c => c.Id == id).Select(c => c.Stage).SingleAsync());
}
