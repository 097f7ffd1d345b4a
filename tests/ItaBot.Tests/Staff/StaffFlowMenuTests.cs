using ItaBot.Tests.Cases;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Staff;

/// <summary>Leaving or setting aside a staff flow shows the menu of whoever is asking now.</summary>
public sealed class StaffFlowMenuTests
{
    private static readonly string[] CitizenMenu = ["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"];
    private static readonly string[] OfficerMenu = ["เรื่องร้องเรียน", "งานของฉัน", "มาตรการ", "ความคิดเห็น"];

    [Fact]
    public async Task An_officer_who_cancels_a_staff_flow_gets_the_staff_menu()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await InNoteFlowAsync(bot);

        var answers = await bot.SayAsync(officer, "ยกเลิก");

        Assert.Equal(OfficerMenu, answers[^1].QuickReplyLabels);
    }

    [Fact]
    public async Task An_officer_who_types_the_menu_word_inside_a_staff_flow_can_resume_or_pick_from_the_staff_menu()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await InNoteFlowAsync(bot);

        var answers = await bot.SayAsync(officer, "เมนู");

        Assert.Equal(["ทำต่อ", .. OfficerMenu], answers[^1].QuickReplyLabels);
    }

    [Fact]
    public async Task Someone_revoked_in_the_middle_of_a_staff_flow_gets_the_citizen_menu_when_it_ends()
    {
        await using var bot = await StaffChat.StartBotAsync();
        var officer = await InNoteFlowAsync(bot);
        var id = DatabaseProbe.Scalar(bot.DatabasePath, "SELECT Id FROM StaffMembers WHERE Role = 'officer'");
        Assert.Equal(0, (await bot.CliAsync("staff", "revoke", id.ToString())).Code);

        var answers = await bot.SayAsync(officer, "ยกเลิก");

        Assert.Equal(CitizenMenu, answers[^1].QuickReplyLabels);
    }

    /// <summary>An officer opens a new case and starts writing a note to the complainant (a staff flow).</summary>
    private static async Task<string> InNoteFlowAsync(TestBot bot)
    {
        var officer = await StaffChat.EnrollAsync(bot, "officer", "งานนิติการ");
        var before = bot.Line.MessagesTo(officer).Count;
        await StaffChat.ComplainAsync(bot, bot.Line.AddUser(), "นายสมชาย เจ้าหน้าที่กองช่าง", "เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาต");
        await StaffChat.NextPushAsync(bot, officer, before);
        await bot.TapAsync(officer, "ดูเรื่อง");
        await bot.TapAsync(officer, "ข้อความถึงผู้ร้อง");
        return officer;
    }
}
