using ItaBot.Complaints;
using ItaBot.Security;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.EndToEnd;

/// <summary>Issue 3, tried as a new user would through the LINE stand-in, using only the buttons offered.</summary>
public sealed class ComplaintFlowTests
{
    private const string Who = "นายสมชาย เจ้าหน้าที่กองช่าง";
    private const string What = "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง";

    /// <summary>Privacy notice, identity, whom, what, an unsure date; leaves the person at the place question.</summary>
    private static async Task AnswerUpToThePlaceAsync(Citizen citizen, string? name = null, string? what = null)
    {
        var notice = await citizen.TapAsync("ร้องเรียนการทุจริต");
        Assert.Contains("ข้อมูลส่วนบุคคล", Citizen.AllText(notice));
        var identity = await citizen.TapAsync("รับทราบ");
        Assert.Contains("ไม่ประสงค์ออกนาม", Citizen.AllText(identity));
        if (name is null) await citizen.TapAsync("ไม่ประสงค์ออกนาม");
        else
        {
            Assert.Contains("ชื่อและนามสกุล", Citizen.AllText(await citizen.TapAsync("แจ้งชื่อ (เก็บเป็นความลับ)")));
            Assert.Contains("เบอร์โทรศัพท์", Citizen.AllText(await citizen.SayAsync(name)));
            await citizen.SayAsync("081-234-5678");
        }
        Assert.Contains("เกิดอะไรขึ้น", Citizen.AllText(await citizen.SayAsync(Who)));
        var date = await citizen.SayAsync(what ?? What);
        Assert.Contains("ไม่แน่ใจ", date[^1].QuickReplyLabels);
        var place = await citizen.TapAsync("ไม่แน่ใจ");
        Assert.Contains("ส่งตำแหน่ง", place[^1].QuickReplyLabels);
    }

    private static async Task<(string CaseNo, string Code)> SubmitAsync(Citizen citizen)
    {
        var answer = await citizen.TapAsync("ยืนยันส่งเรื่อง");
        Assert.Contains("รับเรื่องร้องเรียนแล้ว", Citizen.AllText(answer));
        return (Citizen.CaseNumberIn(answer), Citizen.ReceiptCodeIn(answer));
    }

    private static async Task<(string CaseNo, string Code)> FileSimpleAnonymousComplaintAsync(Citizen citizen)
    {
        await AnswerUpToThePlaceAsync(citizen);
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        return await SubmitAsync(citizen);
    }

    private static async Task<string> TrackByCodeAsync(Citizen citizen, string code)
    {
        await citizen.TapAsync("ติดตามเรื่อง");
        await citizen.TapAsync("กรอกรหัสรับเรื่อง");
        return Citizen.AllText(await citizen.SayAsync(code));
    }

    [Fact]
    public async Task An_anonymous_complaint_with_two_photos_and_a_location_ends_with_a_receipt_code()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot, "ผู้แจ้งนิรนาม");
        Assert.Equal(["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"], citizen.LastButtons);

        await AnswerUpToThePlaceAsync(citizen);
        var evidence = await citizen.SendLocationAsync(15.25, 101.5, "ตลาดสดเทศบาล");
        Assert.Equal(["ถ่ายรูป", "เลือกรูปภาพ", "ข้าม"], evidence[^1].QuickReplyLabels.Where(l => l is "ถ่ายรูป" or "เลือกรูปภาพ" or "ข้าม"));
        var received = await citizen.SendPhotoSetAsync(Citizen.Photo(), Citizen.Photo());
        Assert.Contains("ได้รับแล้ว 2 รายการ", Citizen.AllText(received));
        var summary = await citizen.TapAsync("เสร็จแล้ว");
        Assert.Equal("flex", summary[^1].Type);
        Assert.Contains("ต.ในเมือง อ.เมือง", summary[^1].Text);
        Assert.Contains("2 รายการ", summary[^1].Text);
        Assert.Contains(What, summary[^1].Text);
        Assert.Contains("ยืนยันส่งเรื่อง", summary[^1].Buttons.Select(b => b.Label));
        Assert.Contains("แก้ไข", summary[^1].Buttons.Select(b => b.Label));

        var (caseNo, code) = await SubmitAsync(citizen);

        Assert.Matches(@"^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}$", code);
        Assert.Equal(code, citizen.Seen.Single(m => m.Text == code).Text);
        Assert.StartsWith("ทจ-", caseNo);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM Complaints WHERE Anonymous = 1 AND ComplainantHash IS NULL AND Identity IS NULL"));
        Assert.Equal(2, bot.Count("SELECT COUNT(*) FROM ComplaintEvidence WHERE Kind = 'image'"));
        var content = System.Text.Json.JsonSerializer.Deserialize<ComplaintContent>(bot.Services.GetRequiredService<FieldCipher>()
            .DecryptText((byte[])bot.Scalar("SELECT Content FROM Complaints")!, ComplaintService.ContentPurpose))!;
        Assert.Equal(What, content.What);
        Assert.Equal(15.25, content.Latitude);
        Assert.Equal(2, content.EvidenceCount);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM Complaints WHERE ReceiptHash LIKE '%' || $code || '%'", ("$code", code)));
        bot.AssertAllAcceptedByLine(citizen.UserId);
    }

    [Fact]
    public async Task The_place_name_LINE_sends_is_shown_with_the_address_on_the_summary_and_the_officers_card_and_kept_sealed()
    {
        await using var bot = await Cases.StaffChat.StartBotAsync();
        var officer = await Cases.StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var citizen = await Citizen.AddAsync(bot);
        await AnswerUpToThePlaceAsync(citizen);
        await citizen.SendLocationAsync(15.25, 101.5, "ตลาดสดเทศบาล");
        await citizen.SendLocationAsync(15.26, 101.6, "ศาลาประชาคม");
        var summary = await citizen.TapAsync("เสร็จแล้ว");
        var before = bot.Line.MessagesTo(officer).Count;
        await SubmitAsync(citizen);
        await Cases.StaffChat.NextPushAsync(bot, officer, before);

        var card = await bot.TapAsync(officer, "ดูเรื่อง");

        Assert.Contains("ตลาดสดเทศบาล, ต.ในเมือง อ.เมือง", summary[^1].Text);
        Assert.Contains("ตลาดสดเทศบาล, ต.ในเมือง อ.เมือง", card[0].Text);
        var sealedPlace = (byte[])bot.Scalar("SELECT Location FROM ComplaintEvidence WHERE Kind = 'location'")!;
        Assert.Equal(-1, sealedPlace.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes("ศาลาประชาคม")));
        var place = bot.Services.GetRequiredService<FieldCipher>().DecryptText(sealedPlace, ComplaintService.LocationPurpose);
        Assert.Equal("ศาลาประชาคม, ต.ในเมือง อ.เมือง",
            System.Text.Json.JsonDocument.Parse(place).RootElement.GetProperty("Address").GetString());
    }

    [Fact]
    public async Task The_evidence_photos_are_downloaded_and_kept_only_encrypted_on_disk()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        var photos = new[] { Citizen.Photo(), Citizen.Photo() };
        await AnswerUpToThePlaceAsync(citizen);
        await citizen.TapAsync("ข้าม");
        await citizen.SendPhotoSetAsync(photos);
        await citizen.TapAsync("เสร็จแล้ว");
        await SubmitAsync(citizen);

        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored' AND FilePath IS NOT NULL", 2);

        var cipher = bot.Services.GetRequiredService<FieldCipher>();
        var stored = bot.Rows("SELECT FilePath, Size FROM ComplaintEvidence ORDER BY Id");
        Assert.Equal(2, stored.Count);
        var contents = new List<byte[]>();
        foreach (var row in stored)
        {
            var path = (string)row[0]!;
            Assert.True(File.Exists(path), path);
            Assert.StartsWith(Path.GetFullPath(bot.Settings["Storage:EvidenceDirectory"]!), path);
            var onDisk = File.ReadAllBytes(path);
            Assert.DoesNotContain(photos, p => p.AsSpan().SequenceEqual(onDisk));
            Assert.Equal(-1, onDisk.AsSpan().IndexOf(photos[0].AsSpan(8, 32)));
            contents.Add(cipher.Decrypt(onDisk, EvidenceFetcher.FilePurpose));
            Assert.Equal(256L + 8, row[1]);
        }
        Assert.Contains(contents, c => c.SequenceEqual(photos[0]));
        Assert.Contains(contents, c => c.SequenceEqual(photos[1]));
    }

    [Fact]
    public async Task The_receipt_code_shows_the_status_from_another_LINE_account()
    {
        await using var bot = await TestBot.StartAsync();
        var complainant = await Citizen.AddAsync(bot);
        var (caseNo, code) = await FileSimpleAnonymousComplaintAsync(complainant);
        var friend = await Citizen.AddAsync(bot, "ญาติผู้ร้อง");

        await friend.TapAsync("ติดตามเรื่อง");
        Assert.Equal(["กรอกรหัสรับเรื่อง", "เรื่องของฉัน"], friend.Seen[^1].QuickReplyLabels.Take(2));
        await friend.TapAsync("กรอกรหัสรับเรื่อง");
        var status = await friend.SayAsync(code.ToLowerInvariant().Replace("-", " "));

        var text = Citizen.AllText(status);
        Assert.Contains(caseNo, text);
        Assert.Contains("ได้รับเรื่องแล้ว", text);
        Assert.Contains("แจ้งผลภายใน", text);
        Assert.DoesNotContain(What, text);
        Assert.DoesNotContain(Who, text);
        bot.AssertAllAcceptedByLine(complainant.UserId, friend.UserId);
    }

    [Fact]
    public async Task A_wrong_code_shows_not_found_and_reveals_nothing()
    {
        await using var bot = await TestBot.StartAsync();
        var complainant = await Citizen.AddAsync(bot);
        var (caseNo, code) = await FileSimpleAnonymousComplaintAsync(complainant);
        var stranger = await Citizen.AddAsync(bot);
        var wrong = code[..^1] + (code[^1] == 'A' ? 'B' : 'A');

        var answer = await TrackByCodeAsync(stranger, wrong);

        var text = answer;
        Assert.Contains("ไม่พบ", text);
        Assert.DoesNotContain(caseNo, text);
        Assert.DoesNotContain("ทจ-", text);
        Assert.DoesNotContain("สถานะ", text);
    }

    [Fact]
    public async Task The_sixth_wrong_code_within_an_hour_is_refused_even_if_it_is_right()
    {
        await using var bot = await TestBot.StartAsync();
        var complainant = await Citizen.AddAsync(bot);
        var (caseNo, code) = await FileSimpleAnonymousComplaintAsync(complainant);
        var guesser = await Citizen.AddAsync(bot);

        for (var i = 0; i < 5; i++)
        {
            var miss = await TrackByCodeAsync(guesser, ReceiptCode.New());
            Assert.Contains("ไม่พบ", miss);
        }
        var sixth = await TrackByCodeAsync(guesser, code);

        Assert.Contains("ลองรหัสหลายครั้งเกินไป", sixth);
        Assert.DoesNotContain(caseNo, sixth);
        var owner = await TrackByCodeAsync(complainant, code);
        Assert.Contains(caseNo, owner);
    }

    [Fact]
    public async Task A_complaint_started_in_a_group_chat_is_refused_with_the_advice_to_use_a_private_chat()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var group = "C" + Guid.NewGuid().ToString("N");

        await bot.Line.SendGroupTextAsync(group, user, "ร้องเรียนการทุจริต");
        var answers = await bot.Line.WaitForMessagesAsync(group, 1, TimeSpan.FromSeconds(15));
        await bot.SettledAsync();

        Assert.Contains("แชตส่วนตัว", answers[0].Text);
        Assert.DoesNotContain("ข้อมูลส่วนบุคคล", Citizen.AllText(bot.Line.MessagesTo(group)));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM DialogStates"));
        Assert.Empty(bot.Line.MessagesTo(user));
        bot.AssertAllAcceptedByLine(group);
    }

    [Fact]
    public async Task A_complaint_that_begins_with_the_word_for_registering_is_kept_as_the_complaint_not_taken_for_an_enrollment()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        const string what = "ลงทะเบียนขออนุญาตก่อสร้างบ้าน แล้วนายช่างเรียกเงิน 5,000 บาท";

        await AnswerUpToThePlaceAsync(citizen, what: what);
        await citizen.TapAsync("ข้าม");
        var summary = await citizen.TapAsync("ข้าม");

        Assert.Contains(what, summary[^1].Text);
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM RateEvents"));
    }

    [Fact]
    public async Task A_menu_tap_in_the_middle_of_a_complaint_asks_before_dropping_it_and_resuming_keeps_every_answer()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("ร้องเรียนการทุจริต");
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("ไม่ประสงค์ออกนาม");
        await citizen.SayAsync(Who);

        var question = await citizen.SayAsync("ติดตามเรื่อง");
        Assert.Contains("ยังกรอกไม่เสร็จ", question[^1].Text);
        Assert.Equal(["ทำต่อ", "เริ่มเรื่องใหม่"], question[^1].QuickReplyLabels.Take(2));
        var resumed = await citizen.TapAsync("ทำต่อ");
        Assert.Contains("เกิดอะไรขึ้น", Citizen.AllText(resumed));

        await citizen.SayAsync("ติดตามเรื่อง");
        var replaced = Citizen.AllText(await citizen.TapAsync("เริ่มเรื่องใหม่"));
        Assert.Contains("ต้องการติดตามเรื่องแบบใด", replaced);
    }

    [Fact]
    public async Task Tracking_asked_for_in_a_group_chat_is_refused_and_names_no_case()
    {
        await using var bot = await TestBot.StartAsync();
        var (caseNo, group) = await NamedComplaintThenGroupAsync(bot);

        await bot.Line.SendGroupTextAsync(group.Id, group.Member, "ติดตามเรื่อง");
        var answers = await bot.Line.WaitForMessagesAsync(group.Id, 1, TimeSpan.FromSeconds(15));
        await bot.SettledAsync();

        Assert.Contains("แชตส่วนตัว", answers[0].Text);
        Assert.DoesNotContain(caseNo, Citizen.AllText(bot.Line.MessagesTo(group.Id)));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM DialogStates"));
    }

    [Fact]
    public async Task A_tracking_flow_edited_to_allow_groups_still_lists_no_case_in_a_group()
    {
        var dialogs = EditedDialogs("track.yaml", yaml => yaml.Replace("private_only: true\n", ""));
        try
        {
            await using var bot = await TestBot.StartAsync(s => s["Dialogs:Directory"] = dialogs);
            var (caseNo, group) = await NamedComplaintThenGroupAsync(bot);

            await bot.Line.SendGroupTextAsync(group.Id, group.Member, "ติดตามเรื่อง");
            var question = await bot.Line.WaitForMessagesAsync(group.Id, 1, TimeSpan.FromSeconds(15));
            Assert.Contains("ต้องการติดตามเรื่องแบบใด", question[0].Text);
            await bot.Line.SendGroupTextAsync(group.Id, group.Member, "เรื่องของฉัน");
            var answers = await bot.Line.WaitForMessagesAsync(group.Id, 2, TimeSpan.FromSeconds(15));
            await bot.SettledAsync();

            Assert.Contains("แชตส่วนตัว", answers[^1].Text);
            Assert.DoesNotContain(caseNo, Citizen.AllText(bot.Line.MessagesTo(group.Id)));
        }
        finally
        {
            Directory.Delete(dialogs, recursive: true);
        }
    }

    /// <summary>A named complaint filed in the person's own chat, then a group the same person is in.</summary>
    private static async Task<(string CaseNo, (string Id, string Member) Group)> NamedComplaintThenGroupAsync(TestBot bot)
    {
        var citizen = await Citizen.AddAsync(bot);
        await AnswerUpToThePlaceAsync(citizen, name: "สมศรี ใจดี");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        var (caseNo, _) = await SubmitAsync(citizen);
        return (caseNo, ("C" + Guid.NewGuid().ToString("N"), citizen.UserId));
    }

    /// <summary>A copy of the shipped dialogs with one file changed, as a clerk might edit it.</summary>
    private static string EditedDialogs(string file, Func<string, string> edit)
    {
        var folder = Path.Combine(Path.GetTempPath(), "itabot-dialogs-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(folder);
        var shipped = ItaBot.Conversation.FlowCatalogProvider.FindDirectory(null);
        foreach (var source in Directory.EnumerateFiles(shipped, "*.yaml"))
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        var path = Path.Combine(folder, file);
        File.WriteAllText(path, edit(File.ReadAllText(path)));
        return folder;
    }

    [Fact]
    public async Task An_unsent_photo_is_removed_from_the_draft_and_never_filed()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        var kept = Citizen.Photo();
        await AnswerUpToThePlaceAsync(citizen);
        await citizen.TapAsync("ข้าม");
        var (firstId, _) = await citizen.SendPhotoAsync(Citizen.Photo());
        var (_, second) = await citizen.SendPhotoAsync(kept);
        Assert.Contains("ได้รับแล้ว 2 รายการ", Citizen.AllText(second));

        await citizen.UnsendAsync(firstId);
        var summary = await citizen.TapAsync("เสร็จแล้ว");
        await SubmitAsync(citizen);

        Assert.Contains("1 รายการ", summary[^1].Text);
        Assert.DoesNotContain("2 รายการ", summary[^1].Text);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM ComplaintEvidence"));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM ComplaintEvidence WHERE LineMessageId = $id", ("$id", firstId)));
        await bot.WaitForCountAsync("SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored'");
        var path = (string)bot.Scalar("SELECT FilePath FROM ComplaintEvidence")!;
        Assert.Equal(kept, bot.Services.GetRequiredService<FieldCipher>().Decrypt(File.ReadAllBytes(path), EvidenceFetcher.FilePurpose));
    }

    [Fact]
    public async Task An_identified_complainant_sees_the_complaint_under_my_cases()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await AnswerUpToThePlaceAsync(citizen, name: "สมศรี ใจดี");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        var (caseNo, _) = await SubmitAsync(citizen);

        await citizen.TapAsync("ติดตามเรื่อง");
        var mine = Citizen.AllText(await citizen.TapAsync("เรื่องของฉัน"));

        Assert.Contains(caseNo, mine);
        Assert.Contains("ได้รับเรื่องแล้ว", mine);
        Assert.Equal(1, bot.Count("SELECT COUNT(*) FROM Complaints WHERE Anonymous = 0 AND ComplainantHash IS NOT NULL AND Identity IS NOT NULL"));
        bot.AssertAllAcceptedByLine(citizen.UserId);
    }

    [Fact]
    public async Task Another_account_does_not_see_an_identified_complaint_under_my_cases()
    {
        await using var bot = await TestBot.StartAsync();
        var citizen = await Citizen.AddAsync(bot);
        await AnswerUpToThePlaceAsync(citizen, name: "สมศรี ใจดี");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");
        var (caseNo, _) = await SubmitAsync(citizen);
        var other = await Citizen.AddAsync(bot);

        await other.TapAsync("ติดตามเรื่อง");
        var mine = Citizen.AllText(await other.TapAsync("เรื่องของฉัน"));

        Assert.DoesNotContain(caseNo, mine);
        Assert.Contains("ยังไม่พบเรื่อง", mine);
    }
}
