using ItaBot.Security;
using Microsoft.Data.Sqlite;

namespace ItaBot.Bench;

/// <summary>
/// Fills a database the size a busy municipality reaches after years: direct inserts in one transaction.
/// Encrypted columns hold real (small) ciphertexts made with the same key ring, so the rows look like the bot's.
/// </summary>
public sealed class GrowthSeeder(FieldCipher cipher)
{
    public static readonly string[] Units = ["สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา", "กองสาธารณสุข", "งานนิติการ", "งานพัสดุ", "งานบุคคล"];
    private static readonly string[] OpenStages = ["received", "review", "investigating", "forwarded", "concluded", "notified"];
    public const int FiscalYear = 2569;

    public void Seed(SqliteConnection connection, int complaints, int feedback, int activities, long now)
    {
        using var tx = connection.BeginTransaction();
        SeedComplaints(connection, tx, complaints, now);
        SeedFeedback(connection, tx, feedback, now);
        SeedActivities(connection, tx, activities, now);
        tx.Commit();
    }

    private void SeedComplaints(SqliteConnection connection, SqliteTransaction tx, int count, long now)
    {
        using var insert = Command(connection, tx,
            "INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, ComplainantHash, Content, Identity, Stage, " +
            "ReceivedAt, ReviewDue, ResultDue, StageDue, ClosedAt, UpdatedAt) VALUES " +
            "($fy, $seq, $case, $receipt, $anon, $who, $content, NULL, $stage, $at, $at + 1, $at + 2, $due, $closed, $at)",
            "$fy", "$seq", "$case", "$receipt", "$anon", "$who", "$content", "$stage", "$at", "$due", "$closed");
        var content = cipher.EncryptText("(seeded)", "complaint.content");
        for (var i = 1; i <= count; i++)
        {
            // One case in ten is still open, as in a real register where most cases are long closed.
            var open = i % 10 == 0;
            var at = now - (long)(count - i) * 60_000;
            Run(insert, FiscalYear - i % 5, i, $"ทจ.{i}/{FiscalYear - i % 5}", $"seed{i:x12}", i % 3 == 0 ? 1 : 0,
                i % 3 == 0 ? null : $"user{i % 20_000:x8}", content, open ? OpenStages[i % OpenStages.Length] : "closed",
                at, at + (i % 97) * 3_600_000, open ? null : at + 86_400_000);
        }
    }

    private void SeedFeedback(SqliteConnection connection, SqliteTransaction tx, int count, long now)
    {
        using var insert = Command(connection, tx,
            "INSERT INTO Feedback (FiscalYear, Sequence, RefNo, Category, Unit, Text, WantsAnswer, UserHash, Status, ReceivedAt) " +
            "VALUES ($fy, $seq, $ref, $cat, $unit, $text, $wants, $who, $status, $at)",
            "$fy", "$seq", "$ref", "$cat", "$unit", "$text", "$wants", "$who", "$status", "$at");
        var text = cipher.EncryptText("(seeded)", "feedback.text");
        for (var i = 1; i <= count; i++)
            Run(insert, FiscalYear - i % 5, i, $"คห.{i}/{FiscalYear - i % 5}", i % 2 == 0 ? "suggestion" : "service",
                Units[i % Units.Length], text, i % 4 == 0 ? 1 : 0, $"user{i % 20_000:x8}", i % 20 == 0 ? "new" : "handled",
                now - (long)(count - i) * 60_000);
    }

    private static void SeedActivities(SqliteConnection connection, SqliteTransaction tx, int count, long now)
    {
        using var measure = Command(connection, tx,
            "INSERT INTO Measures (FiscalYear, Code, Title, SortOrder) VALUES ($fy, $code, $title, $sort) RETURNING Id",
            "$fy", "$code", "$title", "$sort");
        using var activity = Command(connection, tx,
            "INSERT INTO MeasureActivities (MeasureId, Code, Title, Units, AllYear, PeriodFrom, PeriodTo, Status, Progress, SortOrder, UpdatedAt) " +
            "VALUES ($m, $code, $title, $units, 0, $from, $to, 'planned', 0, $sort, $at) RETURNING Id",
            "$m", "$code", "$title", "$units", "$from", "$to", "$sort", "$at");
        using var unit = Command(connection, tx, "INSERT INTO ActivityUnits (ActivityId, Unit) VALUES ($a, $u)", "$a", "$u");
        long measureId = 0;
        for (var i = 0; i < count; i++)
        {
            if (i % 20 == 0)
                measureId = (long)Run(measure, FiscalYear - i / 200, $"M{i / 20}", $"มาตรการที่ {i / 20}", i / 20)!;
            var units = new[] { Units[i % Units.Length], Units[(i * 7 + 3) % Units.Length] }.Distinct().ToArray();
            var id = (long)Run(activity, measureId, $"A{i}", $"กิจกรรมที่ {i}", string.Join("\n", units),
                $"{2025 - i / 200}-{i % 12 + 1:00}-01", $"{2025 - i / 200}-{i % 12 + 1:00}-28", i % 20, now)!;
            foreach (var u in units) Run(unit, id, u);
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction tx, string sql, params string[] names)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        return command;
    }

    private static object? Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++) command.Parameters[i].Value = values[i] ?? DBNull.Value;
        return command.ExecuteScalar();
    }
}
