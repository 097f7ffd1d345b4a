using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Cases;

/// <summary>A complainant busy with a draft when their case closes is asked the rating once that draft ends.</summary>
public sealed class HeldBackRatingTests
{
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";

    [Fact]
    public async Task A_complainant_who_cancels_the_draft_they_had_at_closing_is_asked_the_rating_then_and_only_once()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        await CloseWhileDraftingAsync(bot, officer, citizen);

        var cancelled = Citizen.AllText(await bot.SayAsync(citizen, "ยกเลิก", answers: 2));
        Assert.Contains("ยกเลิกเรียบร้อยแล้ว", cancelled);
        Assert.Contains("พึงพอใจการดำเนินการระดับใด", cancelled);
        await bot.TapAsync(citizen, "5");
        var thanks = await bot.TapAsync(citizen, "ข้าม");
        Assert.Contains("ขอบคุณที่ประเมินความพึงพอใจ", thanks[^1].Text);

        Assert.Equal([5L, null], bot.Rows("SELECT Satisfaction, RatingPendingSince FROM Complaints").Single());
        var menu = await bot.SayAsync(citizen, "เมนู");
        Assert.DoesNotContain("พึงพอใจ", menu[^1].Text);
        Assert.Contains("ร้องเรียนการทุจริต", menu[^1].QuickReplyLabels);
    }

    [Fact]
    public async Task A_complainant_whose_draft_at_closing_is_deleted_by_the_purge_is_asked_the_rating_at_their_next_message()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        await CloseWhileDraftingAsync(bot, officer, citizen);
        // What the nightly purge leaves of a draft past its day: the mark, nothing typed.
        await StaffChat.ReadAsync(bot, db => db.Database.ExecuteSqlRawAsync("UPDATE DialogStates SET State = x''"));

        var answer = Citizen.AllText(await bot.SayAsync(citizen, "สวัสดีค่ะ", answers: 2));

        Assert.Contains("ไม่ได้ถูกส่ง", answer);
        // The rating question, not the menu, follows the notice, so the notice must not send them to the menu.
        Assert.DoesNotContain("เมนู", answer);
        Assert.Contains("พึงพอใจการดำเนินการระดับใด", answer);
        await bot.TapAsync(citizen, "4");
        await bot.TapAsync(citizen, "ข้าม");
        Assert.Equal([4L, null], bot.Rows("SELECT Satisfaction, RatingPendingSince FROM Complaints").Single());
    }

    [Fact]
    public void The_oldest_question_still_in_time_is_asked_and_those_past_their_time_are_dropped()
    {
        var now = ManualClock.Bangkok(2026, 3, 2, 10);
        var ms = (DateTimeOffset at) => at.ToUnixTimeMilliseconds();
        var pending = new[]
        {
            new PendingRating(1, "ทจ-2569-0001", ms(now - PendingRatings.OfferFor - TimeSpan.FromHours(1))),
            new PendingRating(2, "ทจ-2569-0002", ms(now.AddDays(-3))),
            new PendingRating(3, "ทจ-2569-0003", ms(now.AddDays(-1))),
        };

        var (ask, clear) = PendingRatings.Choose(pending, now);

        Assert.Equal(2, ask!.CaseId);
        Assert.Equal([1L, 2L], clear.Order());
    }

    [Fact]
    public void Questions_all_past_their_time_are_dropped_and_none_is_asked()
    {
        var now = ManualClock.Bangkok(2026, 3, 2, 10);
        var old = new PendingRating(7, "ทจ-2569-0007", now.AddDays(-31).ToUnixTimeMilliseconds());

        var (ask, clear) = PendingRatings.Choose([old], now);

        Assert.Null(ask);
        Assert.Equal([7L], clear);
    }

    /// <summary>
    /// A named complaint, moved to แจ้งผล in the database (the earlier moves are tested elsewhere); the citizen then
    /// starts an opinion and the officer closes the case by chat. The closing push must not ask the rating.
    /// </summary>
    private static async Task CloseWhileDraftingAsync(TestBot bot, string officer, string citizen)
    {
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, citizen, Who, What, ("นางสมศรี ใจดี", "081-234-5678"));
        await StaffChat.NextPushAsync(bot, officer, before);
        await StaffChat.ReadAsync(bot, db => db.Database.ExecuteSqlRawAsync($"UPDATE Complaints SET Stage = '{ComplaintStage.Notified}'"));
        await bot.TapAsync(citizen, "แสดงความคิดเห็น");

        var pushes = bot.Line.MessagesTo(citizen).Count;
        await StaffChat.MoveAsync(bot, officer, "ดูเรื่อง", "ปิดเรื่อง", "ปิดเรื่องตามระเบียบ");
        var closing = await StaffChat.NextPushAsync(bot, citizen, pushes);
        Assert.Contains("ปิดเรื่องแล้ว", closing.Text);
        await bot.SettledAsync();
        Assert.DoesNotContain(bot.Line.MessagesTo(citizen).Skip(pushes), m => m.Text?.Contains("พึงพอใจ") == true);
        Assert.Equal(1L, bot.Count("SELECT COUNT(*) FROM Complaints WHERE RatingPendingSince IS NOT NULL"));
    }
}
