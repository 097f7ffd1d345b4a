using ItaBot.Complaints;
using ItaBot.Dialogs;
using ItaBot.Feedback;
using ItaBot.Storage;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Measures;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Authorization;

/// <summary>
/// One bot with a complaint, a feedback for สำนักปลัด, the test plan, and one person per role. The complaint is filed
/// before anyone is staff, so no alert push lands in the chats the matrix reads.
/// </summary>
internal sealed class AuthorizationWorld
{
    public const string ComplaintSecret = "เรียกเงินใต้โต๊ะทดสอบลับ";
    public const string FeedbackSecret = "ความคิดเห็นลับสำหรับทดสอบ";
    public const string TargetName = "สมปองทดสอบ";

    public required TestBot Bot { get; init; }
    public required Dictionary<string, string> Users { get; init; }
    public required long ComplaintId { get; init; }
    public required long FeedbackId { get; init; }
    public required long ActivityId { get; init; }
    public required long TargetId { get; init; }
    public required string TargetUser { get; init; }

    public static async Task<AuthorizationWorld> BuildAsync(TestBot bot)
    {
        var (complaint, feedback) = await FileCitizenMattersAsync(bot);
        await StaffSetup.ImportPlanAsync(bot);
        var users = new Dictionary<string, string>
        {
            [Role.Citizen] = bot.Line.AddUser(),
            [Role.Staff] = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง"),
            [Role.Officer] = await StaffSetup.EnrollAsync(bot, "officer", "งานนิติการ"),
            [Role.Admin] = await StaffSetup.EnrollAsync(bot, "admin", "สำนักปลัด"),
            [Role.Revoked] = await StaffSetup.EnrollAsync(bot, "staff", "กองคลัง"),
        };
        var revokedId = MaxStaffId(bot);
        var (code, _, error) = await bot.CliAsync("staff", "revoke", revokedId.ToString());
        Assert.True(code == 0, error);
        var target = await StaffSetup.EnrollAsync(bot, "staff", "กองช่าง", TargetName);
        return new AuthorizationWorld
        {
            Bot = bot,
            Users = users,
            ComplaintId = complaint,
            FeedbackId = feedback,
            ActivityId = StaffSetup.ActivityId(bot, "1.1"),
            TargetId = MaxStaffId(bot),
            TargetUser = target,
        };
    }

    public string[] Secrets => [ComplaintSecret, FeedbackSecret, "อบรมคุณธรรมจริยธรรม", TargetName];

    private static long MaxStaffId(TestBot bot) => Convert.ToInt64(bot.Scalar("SELECT MAX(Id) FROM StaffMembers"));

    private static async Task<(long Complaint, long Feedback)> FileCitizenMattersAsync(TestBot bot)
    {
        await using var scope = bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var now = DateTimeOffset.UtcNow;
        var receipt = await scope.ServiceProvider.GetRequiredService<ComplaintService>().SubmitAsync(db, Slots(
            ("identity", "anonymous"), ("who", "เจ้าหน้าที่กองช่าง"), ("what", ComplaintSecret), ("when", "1/5/2568")), null, now, default);
        await scope.ServiceProvider.GetRequiredService<FeedbackService>().SubmitAsync(db, Slots(
            ("category", "อื่น ๆ"), ("text", FeedbackSecret)), null, now, default);
        await db.SaveChangesAsync();
        return (receipt.Id, db.Feedback.Single().Id);
    }

    private static IReadOnlyDictionary<string, SlotValue> Slots(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => new SlotValue(p.Value, p.Value));
}
