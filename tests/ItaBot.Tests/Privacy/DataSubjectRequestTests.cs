using System.Text.Json.Nodes;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Privacy;

public sealed class DataSubjectRequestTests
{
    private const string What = "หัวหน้างานพัสดุเรียกรับเงินจากผู้รับเหมาโครงการถนนคอนกรีต";

    [Fact]
    public async Task Export_gives_the_person_their_complaint_with_name_and_phone_their_feedback_and_nothing_of_others()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var other = bot.Line.AddUser();
        await CitizenScript.FileComplaintAsync(bot, user, What, "มานี ใจกล้า", "0812345678");
        await CitizenScript.GiveFeedbackAsync(bot, user, "อยากให้เปิดบริการช่วงพักเที่ยงด้วยค่ะ", "0812345678");
        await CitizenScript.FileComplaintAsync(bot, other, "เรื่องของคนอื่นที่ไม่ควรปรากฏในไฟล์ส่งออก");

        var (code, output, _) = await bot.CliAsync("privacy", "export", user);

        Assert.Equal(0, code);
        var json = JsonNode.Parse(output)!;
        Assert.Single(json["complaints"]!.AsArray());
        Assert.Contains(What, output);
        Assert.Contains("มานี ใจกล้า", output);
        Assert.Single(json["feedback"]!.AsArray());
        Assert.DoesNotContain("เรื่องของคนอื่น", output);
        Assert.NotNull(json["lineUser"]);
        Assert.Equal(1, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'privacy.exported'"));
    }

    [Fact]
    public async Task Export_says_when_the_mark_of_a_deleted_draft_is_kept_about_the_person_until_they_are_told()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        await bot.SayAsync(user, "ร้องเรียนการทุจริต");
        var (_, before, _) = await bot.CliAsync("privacy", "export", user);
        // What the nightly purge leaves of a deleted draft: the chat key and the time, nothing typed.
        WritableDatabase.Execute(bot.DatabasePath, "UPDATE DialogStates SET State = x''");

        var (code, after, _) = await bot.CliAsync("privacy", "export", user);

        Assert.Equal(0, code);
        Assert.False(JsonNode.Parse(before)!["deletedDraftNoticePending"]!.GetValue<bool>());
        Assert.NotNull(JsonNode.Parse(before)!["conversation"]);
        Assert.True(JsonNode.Parse(after)!["deletedDraftNoticePending"]!.GetValue<bool>());
        Assert.Null(JsonNode.Parse(after)!["conversation"]);
    }

    [Fact]
    public async Task Erase_refuses_what_an_open_case_needs_and_says_why_then_erases_it_once_the_case_is_closed()
    {
        await using var bot = await TestBot.StartAsync();
        var user = bot.Line.AddUser();
        var receipt = await CitizenScript.FileComplaintAsync(bot, user, What, "มานี ใจกล้า", "0812345678");
        await CitizenScript.GiveFeedbackAsync(bot, user, "อยากให้เปิดบริการช่วงพักเที่ยงด้วยค่ะ", "0812345678");
        var caseNo = DatabaseProbe.Rows(bot.DatabasePath, "SELECT CaseNo FROM Complaints", r => r.GetString(0)).Single();

        var (refusedCode, refused, _) = await bot.CliAsync("privacy", "erase", user);

        Assert.Equal(3, refusedCode);
        Assert.Contains(caseNo, refused);
        Assert.Contains("still open", refused);
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM Feedback"));
        Assert.Equal(1, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM Complaints WHERE Identity IS NOT NULL"));
        Assert.Equal(1, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM LineUsers"));

        WritableDatabase.Execute(bot.DatabasePath, "UPDATE Complaints SET Stage = 'closed', ClosedAt = $now", ("$now", DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        var (code, output, _) = await bot.CliAsync("privacy", "erase", user);

        Assert.Equal(0, code);
        Assert.Contains("closed complaint", output);
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM Complaints WHERE Identity IS NOT NULL OR ComplainantHash IS NOT NULL"));
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM LineUsers"));
        var (_, export, _) = await bot.CliAsync("privacy", "export", user);
        Assert.DoesNotContain("มานี", export);
        Assert.NotEmpty(receipt);
    }
}
