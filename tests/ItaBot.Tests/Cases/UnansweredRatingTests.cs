using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Privacy;
using ItaBot.Tests.Alerts;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Cases;

/// <summary>
/// A complainant asked the rating question at closing who leaves it unanswered past the day drafts are kept: the
/// draft goes, the question does not. It is asked again at their next turn with no draft, once, within the month
/// after closing. Time is the bot's clock, moved by the test.
/// </summary>
public sealed class UnansweredRatingTests
{
    private static readonly DateTimeOffset Closing = ManualClock.Bangkok(2026, 2, 10, 9);
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";
    private const string Question = "พึงพอใจการดำเนินการระดับใด";
    private const string Deleted = "รายการที่ท่านทำค้างไว้ถูกลบแล้ว เพราะไม่ได้ทำต่อเกิน 1 วัน";
    private const string ToTheMenu = "กรุณาเริ่มใหม่จากเมนู";

    [Fact]
    public async Task A_question_left_unanswered_until_the_purge_is_asked_again_at_the_next_message_and_once_answered_never_again()
    {
        var clock = new ManualClock(Closing);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var citizen = await ClosedAndAskedAsync(bot);

        PurgeTwoDaysLater(bot, clock);
        Assert.Equal(1L, bot.Count("SELECT COUNT(*) FROM Complaints WHERE RatingPendingSince = ClosedAt"));
        var answer = Citizen.AllText(await bot.SayAsync(citizen, "สวัสดีค่ะ", answers: 2));

        Assert.Contains(Deleted, answer);
        Assert.DoesNotContain(ToTheMenu, answer);
        Assert.Contains(Question, answer);
        await bot.TapAsync(citizen, "4");
        await bot.TapAsync(citizen, "ข้าม");
        Assert.Equal([4L, null], bot.Rows("SELECT Satisfaction, RatingPendingSince FROM Complaints").Single());
        PurgeTwoDaysLater(bot, clock);
        await NextMessageGetsTheMenuWithoutTheQuestionAsync(bot, citizen);
    }

    [Fact]
    public async Task A_question_left_past_the_day_before_the_purge_ran_waits_through_the_item_a_menu_tap_starts_and_is_asked_after_it()
    {
        var clock = new ManualClock(Closing);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var citizen = await ClosedAndAskedAsync(bot);

        clock.Advance(TimeSpan.FromHours(26));
        var tapped = await bot.TapAsync(citizen, "ติดตามเรื่อง", answers: 2);
        Assert.Contains(Deleted, tapped[0].Text);
        Assert.DoesNotContain(ToTheMenu, tapped[0].Text);
        Assert.Contains("ต้องการติดตามเรื่องแบบใด", tapped[^1].Text);
        var cancelled = Citizen.AllText(await bot.TapAsync(citizen, "ยกเลิก", answers: 2));

        Assert.Contains("ยกเลิกเรียบร้อยแล้ว", cancelled);
        Assert.Contains(Question, cancelled);
        Assert.Equal(0L, bot.Count("SELECT COUNT(*) FROM Complaints WHERE RatingPendingSince IS NOT NULL"));
    }

    [Fact]
    public async Task A_question_left_unanswered_past_the_month_after_closing_is_not_asked_again_and_the_menu_follows_the_notice()
    {
        var clock = new ManualClock(Closing);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var citizen = await ClosedAndAskedAsync(bot);

        clock.Advance(PendingRatings.OfferFor + TimeSpan.FromHours(1));
        bot.Services.GetRequiredService<RetentionPurge>().Run();
        var answer = await bot.SayAsync(citizen, "สวัสดีค่ะ", answers: 2);

        Assert.Contains(Deleted, answer[0].Text);
        Assert.Contains(ToTheMenu, answer[0].Text);
        Assert.DoesNotContain("พึงพอใจ", Citizen.AllText(answer));
        Assert.Contains("ร้องเรียนการทุจริต", answer[^1].QuickReplyLabels);
        Assert.Equal(0L, bot.Count("SELECT COUNT(*) FROM Complaints WHERE RatingPendingSince IS NOT NULL"));
    }

    [Fact]
    public async Task A_question_left_unanswered_a_second_time_is_not_put_back_again()
    {
        var clock = new ManualClock(Closing);
        await using var bot = await StaffChat.StartBotAsync(clock);
        var citizen = await ClosedAndAskedAsync(bot);

        PurgeTwoDaysLater(bot, clock);
        Assert.Contains(Question, Citizen.AllText(await bot.SayAsync(citizen, "สวัสดีค่ะ", answers: 2)));
        PurgeTwoDaysLater(bot, clock);

        Assert.Equal([null, null, 1L], bot.Rows("SELECT Satisfaction, RatingPendingSince, RatingRequeued FROM Complaints").Single());
        await NextMessageGetsTheMenuWithoutTheQuestionAsync(bot, citizen);
    }

    [Fact]
    public async Task The_purge_puts_back_only_questions_not_yet_answered_of_cases_closed_within_the_month()
    {
        var now = Closing;
        await using var h = ServiceHarness.Create(now);
        var recent = await ClosedWithRatingDraftAsync(h, closedDaysAgo: 3, rated: null);
        var rated = await ClosedWithRatingDraftAsync(h, closedDaysAgo: 3, rated: 5);
        var old = await ClosedWithRatingDraftAsync(h, closedDaysAgo: 40, rated: null);

        h.Get<RetentionPurge>().Run();

        var pending = await h.WithDbAsync(db => db.Complaints.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.RatingPendingSince));
        Assert.Equal(now.AddDays(-3).ToUnixTimeMilliseconds(), pending[recent]);
        Assert.Null(pending[rated]);
        Assert.Null(pending[old]);
    }

    /// <summary>Two days on, the nightly purge deletes the drafts left over a day.</summary>
    private static void PurgeTwoDaysLater(TestBot bot, ManualClock clock)
    {
        clock.Advance(TimeSpan.FromDays(2));
        bot.Services.GetRequiredService<RetentionPurge>().Run();
    }

    private static async Task NextMessageGetsTheMenuWithoutTheQuestionAsync(TestBot bot, string citizen)
    {
        var seen = bot.Line.MessagesTo(citizen).Count;
        await bot.SayAsync(citizen, "สวัสดีค่ะ");
        await bot.SettledAsync();
        var later = bot.Line.MessagesTo(citizen).Skip(seen).ToList();
        Assert.DoesNotContain("พึงพอใจ", Citizen.AllText(later));
        Assert.Contains("ร้องเรียนการทุจริต", later[^1].QuickReplyLabels);
    }

    /// <summary>A closed case of a citizen who was asked its rating two days ago and left the question there.</summary>
    private static async Task<long> ClosedWithRatingDraftAsync(ServiceHarness h, int closedDaysAgo, int? rated)
    {
        var now = h.Clock.GetUtcNow();
        var citizen = await h.AddCitizenAsync();
        var c = await h.AddComplaintAsync(ComplaintStage.Closed, now, complainantUserId: citizen);
        var askedAt = now.AddDays(-2);
        var draft = DialogEngine.Start(h.Get<Texts>().Catalog, PendingRatings.Flow, askedAt,
            new Dictionary<string, string> { ["case_ref"] = c.Id.ToString(), ["case_no"] = c.CaseNo }).State;
        await h.WithDbAsync(async db =>
        {
            var row = await db.Complaints.SingleAsync(x => x.Id == c.Id);
            (row.ClosedAt, row.Satisfaction) = (now.AddDays(-closedDaysAgo).ToUnixTimeMilliseconds(), rated);
            await h.Get<DialogStore>().SaveAsync(db, citizen, draft, askedAt, CancellationToken.None);
            return 0;
        });
        return c.Id;
    }

    /// <summary>
    /// A named complaint moved to แจ้งผล in the database (the earlier moves are tested elsewhere), then closed by an
    /// officer in chat: the complainant, with no draft, is pushed the closing and the rating question.
    /// </summary>
    private static async Task<string> ClosedAndAskedAsync(TestBot bot)
    {
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, Who, What, ("นางสมศรี ใจดี", "081-234-5678"));
        await StaffChat.NextPushAsync(bot, officer, before);
        await StaffChat.ReadAsync(bot, db => db.Database.ExecuteSqlRawAsync($"UPDATE Complaints SET Stage = '{ComplaintStage.Notified}'"));
        var pushes = bot.Line.MessagesTo(citizen).Count;
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        var closing = await bot.AnswersAfterAsync(citizen, pushes, answers: 2);
        Assert.Contains(Question, closing[^1].Text);
        await bot.SettledAsync();
        return citizen;
    }
}
