using System.Text.RegularExpressions;
using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Security;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.EndToEnd;

/// <summary>The opinions channel: its own reference series, and allegations steered away to the complaint channel.</summary>
public sealed class FeedbackFlowTests
{
    private const string Opinion = "อยากให้เปิดรับชำระภาษีช่วงพักเที่ยงค่ะ";
    private const string Bribe = "เจ้าหน้าที่ขอสินบนก่อนออกใบอนุญาตให้ค่ะ";

    private static async Task<string> GiveFeedbackAsync(Citizen citizen, string text)
    {
        var categories = await citizen.TapAsync("แสดงความคิดเห็น");
        Assert.Equal(["การให้บริการ", "ระบบออนไลน์/E-Service", "ข้อมูลข่าวสาร", "ข้อเสนอแนะทั่วไป", "อื่น ๆ"],
            categories[^1].QuickReplyLabels.Take(5));
        await citizen.TapAsync("การให้บริการ");
        var photo = await citizen.SayAsync(text);
        Assert.Contains("ข้าม", photo[^1].QuickReplyLabels);
        var rating = await citizen.TapAsync("ข้าม");
        Assert.Contains("5", rating[^1].QuickReplyLabels);
        await citizen.TapAsync("4");
        var done = await citizen.TapAsync("ไม่ต้องการ");
        return Citizen.AllText(done);
    }

    [Fact]
    public async Task Feedback_gets_its_own_reference_number_from_a_series_apart_from_complaints()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);

        var thanks = await GiveFeedbackAsync(citizen, Opinion);

        var reference = Regex.Match(thanks, @"คห-\d{4}-\d{4}").Value;
        Assert.Contains("ได้รับความคิดเห็นของท่านแล้ว", thanks);
        Assert.StartsWith(CaseNumbers.FeedbackPrefix + "-", reference);
        Assert.DoesNotContain("ทจ-", thanks);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM Feedback WHERE RefNo = $r AND Rating = 4 AND WantsAnswer = 0", ("$r", reference)));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM Complaints"));
        bot.AssertAllAcceptedByLine(citizen.UserId);
    }

    [Fact]
    public async Task The_feedback_text_is_stored_encrypted_and_reads_back_as_typed()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);

        await GiveFeedbackAsync(citizen, Opinion);

        var sealedText = (byte[])bot.Scalar("SELECT Text FROM Feedback")!;
        Assert.Equal(Opinion, bot.Services.GetRequiredService<FieldCipher>().DecryptText(sealedText, FeedbackService.TextPurpose));
        Assert.Equal("การให้บริการ", bot.Scalar("SELECT Category FROM Feedback"));
    }

    [Fact]
    public async Task Feedback_that_wants_an_answer_on_LINE_is_stored_with_that_wish()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("แสดงความคิดเห็น");
        await citizen.TapAsync("ข้อมูลข่าวสาร");
        await citizen.SayAsync("ประกาศบนเว็บไซต์อ่านยากค่ะ");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        var contact = await citizen.TapAsync("ต้องการ");
        Assert.Contains("ตอบทาง LINE", contact[^1].QuickReplyLabels);

        var thanks = Citizen.AllText(await citizen.TapAsync("ตอบทาง LINE"));

        Assert.Matches(@"คห-\d{4}-\d{4}", thanks);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM Feedback WHERE WantsAnswer = 1 AND Contact IS NOT NULL AND UserHash IS NOT NULL"));
    }

    [Fact]
    public async Task Feedback_and_complaints_are_numbered_in_separate_series()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);

        var feedback = await GiveFeedbackAsync(citizen, Opinion);
        await citizen.TapAsync("ร้องเรียนการทุจริต");
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("ไม่ประสงค์ออกนาม");
        await citizen.SayAsync("ปลัดเทศบาล");
        await citizen.SayAsync("เรียกรับเงินค่าดำเนินการโดยไม่มีใบเสร็จ");
        await citizen.TapAsync("ไม่แน่ใจ");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        var complaint = Citizen.AllText(await citizen.TapAsync("ยืนยันส่งเรื่อง"));

        var feedbackNo = Regex.Match(feedback, @"คห-(\d{4})-(\d{4})");
        var complaintNo = Regex.Match(complaint, @"ทจ-(\d{4})-(\d{4})");
        Assert.True(feedbackNo.Success && complaintNo.Success, feedback + "\n" + complaint);
        Assert.Equal("0001", feedbackNo.Groups[2].Value);
        Assert.Equal("0001", complaintNo.Groups[2].Value);
        Assert.Equal(feedbackNo.Groups[1].Value, complaintNo.Groups[1].Value);
    }

    [Fact]
    public async Task Feedback_that_mentions_a_bribe_is_steered_to_the_complaint_flow_with_the_text_carried_over()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("แสดงความคิดเห็น");
        await citizen.TapAsync("การให้บริการ");

        var offer = await citizen.SayAsync(Bribe);
        Assert.Contains("ต้องการย้ายไปร้องเรียนการทุจริตไหม", Citizen.AllText(offer));
        Assert.Equal(["ย้ายไปร้องเรียน", "ไม่ย้าย"], offer[^1].QuickReplyLabels.Take(2));
        var notice = await citizen.TapAsync("ย้ายไปร้องเรียน");
        Assert.Contains("ข้อมูลส่วนบุคคล", Citizen.AllText(notice));
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("ไม่ประสงค์ออกนาม");
        var date = await citizen.SayAsync("เจ้าหน้าที่กองช่าง");
        Assert.Contains("เหตุเกิดวันที่เท่าไร", Citizen.AllText(date));
        await citizen.TapAsync("ไม่แน่ใจ");
        await citizen.TapAsync("ข้าม");
        var summary = await citizen.TapAsync("ข้าม");
        Assert.Contains(Bribe, summary[^1].Text);
        var receipt = await citizen.TapAsync("ยืนยันส่งเรื่อง");

        Assert.Matches(@"ทจ-\d{4}-\d{4}", Citizen.AllText(receipt));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM Feedback"));
        var content = System.Text.Json.JsonSerializer.Deserialize<ComplaintContent>(bot.Services.GetRequiredService<FieldCipher>()
            .DecryptText((byte[])bot.Scalar("SELECT Content FROM Complaints")!, ComplaintService.ContentPurpose))!;
        Assert.Equal(Bribe, content.What);
        bot.AssertAllAcceptedByLine(citizen.UserId);
    }

    [Fact]
    public async Task Declining_the_move_stores_nothing_as_feedback()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("แสดงความคิดเห็น");
        await citizen.TapAsync("การให้บริการ");
        await citizen.SayAsync(Bribe);

        var declined = Citizen.AllText(await citizen.TapAsync("ไม่ย้าย"));

        Assert.Contains("ไม่ได้บันทึกไว้", declined);
        Assert.Contains("พิมพ์ความคิดเห็น", declined);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM Feedback"));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM Complaints"));
    }

    [Fact]
    public async Task An_identified_citizen_sees_their_feedback_under_my_cases()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        var reference = Regex.Match(await GiveFeedbackAsync(citizen, Opinion), @"คห-\d{4}-\d{4}").Value;

        await citizen.TapAsync("ติดตามเรื่อง");
        var mine = Citizen.AllText(await citizen.TapAsync("เรื่องของฉัน"));

        Assert.Contains(reference, mine);
    }

    [Fact]
    public async Task A_feedback_photo_is_downloaded_and_kept_only_encrypted()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        var original = Citizen.Photo();

        await citizen.TapAsync("แสดงความคิดเห็น");
        await citizen.TapAsync("การให้บริการ");
        await citizen.SayAsync(Opinion);
        await citizen.SendPhotoAsync(original);
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ไม่ต้องการ");
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM Feedback WHERE PhotoStatus = 'stored'");

        var path = (string)bot.Scalar("SELECT PhotoPath FROM Feedback")!;
        var sealedPhoto = await File.ReadAllBytesAsync(path);
        Assert.NotEqual(original, sealedPhoto);
        Assert.Equal(original, bot.Services.GetRequiredService<FieldCipher>().Decrypt(sealedPhoto, EvidenceFetcher.FeedbackPhotoPurpose));
    }
}
