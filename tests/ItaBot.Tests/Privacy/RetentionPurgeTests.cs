using System.Text;
using Microsoft.Extensions.DependencyInjection;
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
    public async Task Purge_removes_abandoned_drafts_idle_accounts_and_expired_report_files_but_keeps_what_is_still_needed()
    {
        await using var bot = await TestBot.StartAsync();
        var db = bot.DatabasePath;
        WritableDatabase.Execute(db, "INSERT INTO DialogStates (ChatKey, State, UpdatedAt) VALUES ('old-draft', x'00', $old)", ("$old", DaysAgo(2)));
        WritableDatabase.Execute(db, "INSERT INTO DialogStates (ChatKey, State, UpdatedAt) VALUES ('fresh-draft', x'00', $now)", ("$now", DaysAgo(0)));
        WritableDatabase.Execute(db, "INSERT INTO DialogStates (ChatKey, State, UpdatedAt) VALUES ('recent-mark', x'', $t)", ("$t", DaysAgo(29)));
        WritableDatabase.Execute(db, "INSERT INTO DialogStates (ChatKey, State, UpdatedAt) VALUES ('old-mark', x'', $t)", ("$t", DaysAgo(31)));
        foreach (var (hash, lastSeen) in new[] { ("h-idle", 800), ("h-open-case", 800), ("h-staff", 800), ("h-waiting", 800), ("h-recent", 10) })
            WritableDatabase.Execute(db, "INSERT INTO LineUsers (UserHash, UserIdEnc, FirstSeen, LastSeen) VALUES ($h, x'00', $t, $t)",
                ("$h", hash), ("$t", DaysAgo(lastSeen)));
        WritableDatabase.Execute(db,
            "INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, ComplainantHash, Content, Stage, ReceivedAt, ReviewDue, ResultDue, StageDue, UpdatedAt) " +
            "VALUES (2568, 1, 'ทจ-2568-0001', 'h-r', 0, 'h-open-case', x'00', 'received', $t, 0, 0, 0, $t)", ("$t", DaysAgo(800)));
        WritableDatabase.Execute(db, "INSERT INTO StaffMembers (UserHash, Role, Unit, Status, CreatedAt) VALUES ('h-staff', 'staff', 'กองคลัง', 'active', 0)");
        WritableDatabase.Execute(db,
            "INSERT INTO Feedback (FiscalYear, Sequence, RefNo, Category, Unit, Text, WantsAnswer, Status, ReceivedAt, UserHash) " +
            "VALUES (2568, 1, 'คห-2568-0001', 'service', 'x', x'00', 1, 'new', $t, 'h-waiting')", ("$t", DaysAgo(800)));
        var reports = bot.Settings["Reports:Directory"]!;
        Directory.CreateDirectory(reports);
        var (expired, current) = (Path.Combine(reports, "expired.docx"), Path.Combine(reports, "current.docx"));
        File.WriteAllBytes(expired, [1]);
        File.SetLastWriteTimeUtc(expired, DateTime.UtcNow.AddDays(-2));
        File.WriteAllBytes(current, [1]);

        var (code, output, _) = await bot.CliAsync("purge");

        Assert.Equal(0, code);
        Assert.Contains("abandoned drafts 1, idle LINE accounts 1, expired report files 1", output);
        Assert.Equal(["fresh-draft"], Strings(db, "SELECT ChatKey FROM DialogStates WHERE length(State) > 0"));
        // The deleted draft leaves only a mark (no content) so the person can be told; marks go after 30 days.
        Assert.Equal(["old-draft", "recent-mark"], Strings(db, "SELECT ChatKey FROM DialogStates WHERE length(State) = 0 ORDER BY ChatKey"));
        Assert.Equal(["h-open-case", "h-recent", "h-staff", "h-waiting"], Strings(db, "SELECT UserHash FROM LineUsers WHERE UserHash LIKE 'h-%' ORDER BY UserHash"));
        Assert.False(File.Exists(expired));
        Assert.True(File.Exists(current));
    }

    private static List<string> Strings(string db, string sql)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var list = new List<string>();
        while (reader.Read()) list.Add(reader.GetString(0));
        return list;
    }

    [Fact]
    public void The_daily_purge_runs_at_the_configured_Bangkok_hour()
    {
        var at = new DateTimeOffset(2026, 1, 10, 19, 30, 0, TimeSpan.Zero); // 02:30 in Bangkok
        Assert.Equal(TimeSpan.FromMinutes(30), ItaBot.Privacy.RetentionWorker.UntilNextRun(at, 3));
        Assert.Equal(TimeSpan.FromHours(23.5), ItaBot.Privacy.RetentionWorker.UntilNextRun(at, 2));
    }

    [Fact]
    public async Task The_nightly_purge_waits_its_turn_at_the_write_gate_with_the_other_writers()
    {
        var clock = new SteppedClock(ManualClock.Bangkok(2026, 11, 23, 2, 59));
        await using var core = CoreServices.Create("purge-gate", clock, services => services.AddSingleton<ItaBot.Privacy.RetentionWorker>());
        var worker = core.Provider.GetRequiredService<ItaBot.Privacy.RetentionWorker>();
        var gate = core.Provider.GetRequiredService<ItaBot.Storage.WriteGate>();
        await worker.StartAsync(CancellationToken.None);
        try
        {
            await clock.WaitForTimerAsync(TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10));
            using (await gate.EnterAsync("a turn", CancellationToken.None))
            {
                clock.Advance(TimeSpan.FromMinutes(2));
                await Task.Delay(300);
                Assert.Equal(0, PurgesRecorded(core));
            }

            var deadline = DateTime.UtcNow.AddSeconds(10);
            while (PurgesRecorded(core) == 0 && DateTime.UtcNow < deadline) await Task.Delay(20);
            Assert.Equal(1, PurgesRecorded(core));
        }
        finally
        {
            await worker.StopAsync(CancellationToken.None);
        }
    }

    private static long PurgesRecorded(CoreServices core)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={core.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM AuditEntries WHERE Action = 'retention.purged'";
        return (long)command.ExecuteScalar()!;
    }
}
