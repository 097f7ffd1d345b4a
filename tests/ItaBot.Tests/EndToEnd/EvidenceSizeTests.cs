using System.Security.Cryptography;
using ItaBot.Complaints;
using ItaBot.LineEmulator;
using ItaBot.Security;
using ItaBot.Tests.Cases;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.EndToEnd;

/// <summary>Evidence larger than Storage:MaxEvidenceMegabytes (1 MB here) is refused or marked, never held in memory.</summary>
public sealed class EvidenceSizeTests
{
    private const int OneMegabyte = 1024 * 1024;
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";

    private static Task<TestBot> StartAsync(Action<Dictionary<string, string?>>? more = null) => TestBot.StartAsync(s =>
    {
        s["Storage:MaxEvidenceMegabytes"] = "1";
        s["Alerts:Scheduler:Enabled"] = "false";
        more?.Invoke(s);
    });

    /// <summary>Answers the complaint flow up to its evidence step, by its buttons.</summary>
    private static async Task AtEvidenceAsync(TestBot bot, string citizen, bool named = false)
    {
        await bot.SayAsync(citizen, "สวัสดี");
        await bot.TapAsync(citizen, "ร้องเรียนการทุจริต");
        await bot.TapAsync(citizen, "รับทราบ");
        if (named)
        {
            await bot.TapAsync(citizen, "แจ้งชื่อ (เก็บเป็นความลับ)");
            await bot.SayAsync(citizen, "นางสมศรี ใจดี");
            await bot.SayAsync(citizen, "081-234-5678");
        }
        else await bot.TapAsync(citizen, "ไม่ประสงค์ออกนาม");
        await bot.SayAsync(citizen, Who);
        await bot.SayAsync(citizen, What);
        await bot.TapAsync(citizen, "ไม่แน่ใจ");
        await bot.TapAsync(citizen, "ข้าม");
    }

    private static async Task<IReadOnlyList<DeliveredMessage>> SendAsync(TestBot bot, string citizen, Func<Task> send)
    {
        var before = bot.Line.MessagesTo(citizen).Count;
        await send();
        return await bot.AnswersAfterAsync(citizen, before);
    }

    private static async Task<string> SubmitAsync(TestBot bot, string citizen) => (await SubmitForReceiptAsync(bot, citizen)).CaseNo;

    private static async Task<(string CaseNo, string Code)> SubmitForReceiptAsync(TestBot bot, string citizen)
    {
        await bot.TapAsync(citizen, "เสร็จแล้ว");
        var receipt = await bot.TapAsync(citizen, "ยืนยันส่งเรื่อง", answers: 2);
        Assert.Contains("รับเรื่องร้องเรียนแล้ว", receipt[0].Text);
        return (Citizen.CaseNumberIn(receipt), Citizen.ReceiptCodeIn(receipt));
    }

    private static async Task<string> ComplainWithVideoAsync(TestBot bot, string citizen, byte[] video, bool named = false) =>
        (await ComplainWithVideosAsync(bot, citizen, [video], named)).CaseNo;

    private static async Task<(string CaseNo, string Code)> ComplainWithVideosAsync(TestBot bot, string citizen, byte[][] videos, bool named = false)
    {
        await AtEvidenceAsync(bot, citizen, named);
        for (var i = 0; i < videos.Length; i++)
        {
            var video = videos[i];
            var received = await SendAsync(bot, citizen, () => bot.Line.SendVideoAsync(citizen, video));
            Assert.Contains($"ได้รับแล้ว {i + 1} รายการ", Citizen.AllText(received));
        }
        return await SubmitForReceiptAsync(bot, citizen);
    }

    private static byte[] TooBig() => RandomNumberGenerator.GetBytes(OneMegabyte + 1);

    private static string[] EvidenceFiles(TestBot bot)
    {
        var folder = bot.Settings["Storage:EvidenceDirectory"]!;
        return Directory.Exists(folder) ? Directory.GetFiles(folder, "*", SearchOption.AllDirectories) : [];
    }

    [Fact]
    public async Task A_video_over_the_limit_is_not_downloaded_and_is_marked_too_large()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");

        await ComplainWithVideoAsync(bot, citizen, RandomNumberGenerator.GetBytes(OneMegabyte + 1));

        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'too_large'");
        var row = Assert.Single(bot.Rows("SELECT FilePath, Size, Attempts FROM ComplaintEvidence"));
        Assert.Null(row[0]);
        Assert.Null(row[1]);
        Assert.Equal(1L, row[2]);
        Assert.Empty(EvidenceFiles(bot));
        await bot.SettledAsync();
        // Anonymous: no LINE account is linked to the case, so only the officer can know.
        Assert.DoesNotContain(bot.Line.MessagesTo(citizen), m => m.Text?.Contains("ใหญ่เกินไป") == true);
    }

    [Fact]
    public async Task A_named_complainant_is_told_when_a_video_was_too_large_to_keep()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");

        var caseNo = await ComplainWithVideoAsync(bot, citizen, RandomNumberGenerator.GetBytes(OneMegabyte + 1), named: true);
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'too_large'");
        await bot.SettledAsync();

        var notice = Assert.Single(bot.Line.MessagesTo(citizen), m => m.Text?.Contains("ใหญ่เกินไป") == true);

        Assert.Equal("push", notice.Via);
        Assert.Contains(caseNo, notice.Text);
        Assert.Contains("ใหญ่เกินไป (เกิน 1 MB) ระบบรับไม่ได้ค่ะ", notice.Text);
        Assert.Contains("นำหลักฐานมาที่สำนักงาน", notice.Text);
    }

    [Fact]
    public async Task An_anonymous_complainant_tracking_by_code_is_told_how_many_files_were_too_large_and_whom_to_call()
    {
        await using var bot = await StartAsync(s => s["Organisation:Phone"] = "044-123-456");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var (caseNo, code) = await ComplainWithVideosAsync(bot, citizen, [TooBig(), TooBig(), RandomNumberGenerator.GetBytes(4096)]);
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status <> 'pending'", 3);

        var found = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains(caseNo, found);
        Assert.Contains("ไฟล์หลักฐาน 2 ไฟล์ที่ส่งมาใหญ่เกินกว่าระบบจะเก็บได้ กรุณานำมาที่สำนักงานหรือส่งทางอื่นค่ะ สอบถามเพิ่มเติม โทร 044-123-456 ค่ะ", found);
    }

    [Fact]
    public async Task Tracking_a_case_whose_files_were_all_kept_says_nothing_about_file_size()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var (_, code) = await ComplainWithVideosAsync(bot, citizen, [RandomNumberGenerator.GetBytes(4096)]);
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored'");

        var found = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains("สถานะ: ได้รับเรื่องแล้ว", found);
        Assert.DoesNotContain("ใหญ่เกิน", found);
    }

    [Fact]
    public async Task A_named_complainant_sees_under_my_cases_that_a_file_was_too_large_with_no_phone_line_when_none_is_set()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var caseNo = await ComplainWithVideoAsync(bot, citizen, TooBig(), named: true);
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'too_large'");
        await bot.SettledAsync();

        await bot.TapAsync(citizen, "ติดตามเรื่อง");
        var mine = Citizen.AllText(await bot.TapAsync(citizen, "เรื่องของฉัน"));

        Assert.Contains(caseNo, mine);
        Assert.Contains("  ไฟล์หลักฐาน 1 ไฟล์ที่ส่งมาใหญ่เกินกว่าระบบจะเก็บได้ กรุณานำมาที่สำนักงานหรือส่งทางอื่นค่ะ\n", mine + "\n");
        Assert.DoesNotContain("โทร", mine);
    }

    [Fact]
    public async Task The_officer_sees_on_the_case_card_that_a_file_was_too_large()
    {
        await using var bot = await StartAsync();
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var before = bot.Line.MessagesTo(officer).Count;

        await ComplainWithVideoAsync(bot, citizen, RandomNumberGenerator.GetBytes(OneMegabyte + 1));
        await StaffChat.NextPushAsync(bot, officer, before);
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'too_large'");
        var card = await bot.TapAsync(officer, "ดูเรื่อง");

        Assert.Contains("1 รายการ (ไฟล์ใหญ่เกินรับไม่ได้ 1 รายการ)", card[0].Text);
    }

    [Fact]
    public async Task A_file_the_webhook_says_is_too_large_is_refused_at_the_evidence_step()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        await AtEvidenceAsync(bot, citizen);

        var answer = await SendAsync(bot, citizen, () => bot.Line.SendFileAsync(citizen, "clip.mp4", new byte[OneMegabyte + 1]));

        Assert.Contains("ไฟล์นี้ใหญ่เกินไป (เกิน 1 MB) ระบบรับไม่ได้ค่ะ กรุณาส่งไฟล์ที่เล็กลง หรือนำหลักฐานมาที่สำนักงาน", answer[^1].Text);
        Assert.Contains("ข้าม", answer[^1].QuickReplyLabels);
        var summary = await bot.TapAsync(citizen, "ข้าม");
        Assert.DoesNotContain("1 รายการ", summary[^1].Text);
        await bot.TapAsync(citizen, "ยืนยันส่งเรื่อง", answers: 2);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM ComplaintEvidence"));
        Assert.DoesNotContain(bot.Line.Calls, c => c.Path.EndsWith("/content"));
    }

    [Fact]
    public async Task A_file_under_the_limit_is_stored_and_decrypts_to_the_same_bytes()
    {
        await using var bot = await StartAsync();
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var pdf = RandomNumberGenerator.GetBytes(OneMegabyte - 1);
        await AtEvidenceAsync(bot, citizen);

        var received = await SendAsync(bot, citizen, () => bot.Line.SendFileAsync(citizen, "quote.pdf", pdf));
        Assert.Contains("ได้รับแล้ว 1 รายการ", Citizen.AllText(received));
        await SubmitAsync(bot, citizen);

        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored'");
        var row = Assert.Single(bot.Rows("SELECT FilePath, Size FROM ComplaintEvidence"));
        Assert.Equal((long)pdf.Length, row[1]);
        var onDisk = File.ReadAllBytes((string)row[0]!);
        Assert.Equal(-1, onDisk.AsSpan().IndexOf(pdf.AsSpan(0, 64)));
        Assert.Equal(pdf, bot.Services.GetRequiredService<FieldCipher>().Decrypt(onDisk, EvidenceFetcher.FilePurpose));
    }

    [Fact]
    public async Task A_download_slower_than_the_api_timeout_is_stored_within_the_content_timeout()
    {
        // API calls give up after 1 s; the download takes 2 s and has 30 s.
        await using var bot = await StartAsync(s =>
        {
            s["Line:HttpTimeoutSeconds"] = "1";
            s["Line:ContentTimeoutSeconds"] = "30";
        });
        var citizen = bot.Line.AddUser("ผู้ร้อง");
        var video = RandomNumberGenerator.GetBytes(4096);
        bot.Line.Faults.Enqueue("/content", EmulatedFault.SlowFor(TimeSpan.FromSeconds(2)));

        await ComplainWithVideoAsync(bot, citizen, video);

        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored'");
        Assert.Equal(1L, bot.Scalar("SELECT Attempts FROM ComplaintEvidence"));
        var path = (string)bot.Scalar("SELECT FilePath FROM ComplaintEvidence")!;
        Assert.Equal(video, bot.Services.GetRequiredService<FieldCipher>().Decrypt(File.ReadAllBytes(path), EvidenceFetcher.FilePurpose));
    }
}
