using System.Text;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Privacy;

public sealed class RetentionPurgeTests
{
    private static long DaysAgo(int days) => DateTimeOffset.UtcNow.AddDays(-days).ToUnixTimeMilliseconds();

    [Fact]
    public async Task Purge_deletes_what_is_past_retention_keeps_what_is_not_and_leaves_no_trace_in_the_file()
    {
        await using var bot = await TestBot.StartAsync(s => s["Retention:InboxDays"] = "7");
        var user = bot.Line.AddUser();
        await bot.SayAsync(user, "สวัสดีค่ะ");
        var db = bot.DatabasePath;
        WritableDatabase.Execute(db,
            "INSERT INTO InboxEvents (WebhookEventId, ChatKey, EventType, EventTimestamp, ReceivedAt, Payload, Status, Attempts, ProcessedAt) " +
            "VALUES ('old-event', 'k', 'message', 1, 1, x'00', 1, 1, $old)", ("$old", DaysAgo(8)));
        WritableDatabase.Execute(db,
            "INSERT INTO OutboxMessages (CreatedAt, ChatKey, Kind, Target, Messages, RetryKey, Status, NextAttemptAt, Purpose) " +
            "VALUES ($old, 'k', 'push', x'00', x'00', 'r', 1, 0, 'old')", ("$old", DaysAgo(8)));
        WritableDatabase.Execute(db,
            "INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, Content, Stage, ReceivedAt, ReviewDue, ResultDue, StageDue, ClosedAt, UpdatedAt) " +
            "VALUES (2560, 1, 'OLD-CASE-CANARY-2560', 'h-old', 1, x'00', 'closed', $old, 0, 0, 0, $old, $old)", ("$old", DaysAgo(2000)));
        var evidenceFile = Path.Combine(bot.Directory, "evidence", "old.bin");
        Directory.CreateDirectory(Path.GetDirectoryName(evidenceFile)!);
        File.WriteAllBytes(evidenceFile, [1, 2, 3]);
        WritableDatabase.Execute(db,
            "INSERT INTO ComplaintEvidence (ComplaintId, Kind, FilePath, Status, CreatedAt) " +
            "SELECT Id, 'image', $path, 'stored', 0 FROM Complaints WHERE CaseNo = 'OLD-CASE-CANARY-2560'", ("$path", evidenceFile));
        WritableDatabase.Execute(db,
            "INSERT INTO Feedback (FiscalYear, Sequence, RefNo, Category, Unit, Text, WantsAnswer, Status, ReceivedAt) " +
            "VALUES (2560, 1, 'OLD-FEEDBACK-CANARY', 'service', 'x', x'00', 0, 'handled', $old)", ("$old", DaysAgo(800)));
        WritableDatabase.Execute(db, "INSERT INTO AuditEntries (At, Actor, Action, Subject, Detail) VALUES ($old, 'x', 'y', 'z', 'OLD-AUDIT-CANARY')",
            ("$old", DaysAgo(2000)));

        var (code, output, _) = await bot.CliAsync("purge");

        Assert.Equal(0, code);
        Assert.Contains("closed complaints 1", output);
        Assert.Equal(0, DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM InboxEvents WHERE WebhookEventId = 'old-event'"));
        Assert.Equal(0, DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM OutboxMessages WHERE Purpose = 'old'"));
        Assert.Equal(0, DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM Complaints"));
        Assert.Equal(0, DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM Feedback"));
        Assert.False(File.Exists(evidenceFile));
        Assert.True(DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM InboxEvents") >= 1, "today's event must stay");
        Assert.Equal(1, DatabaseProbe.Scalar(db, "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'retention.purged'"));
        foreach (var (file, bytes) in DatabaseFiles.Read(db))
            foreach (var canary in new[] { "OLD-CASE-CANARY-2560", "OLD-FEEDBACK-CANARY", "OLD-AUDIT-CANARY" })
                Assert.True(bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(canary)) < 0, $"{canary} survives in {Path.GetFileName(file)}");
    }

    [Fact]
    public void The_daily_purge_runs_at_the_configured_Bangkok_hour()
    {
        var at = new DateTimeOffset(2026, 1, 10, 19, 30, 0, TimeSpan.Zero); // 02:30 in Bangkok
        Assert.Equal(TimeSpan.FromMinutes(30), ItaBot.Privacy.RetentionWorker.UntilNextRun(at, 3));
        Assert.Equal(TimeSpan.FromHours(23.5), ItaBot.Privacy.RetentionWorker.UntilNextRun(at, 2));
    }
}
