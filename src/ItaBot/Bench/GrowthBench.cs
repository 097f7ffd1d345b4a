using System.Diagnostics;
using ItaBot.Configuration;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Bench;

/// <summary>
/// Staff queries on a grown database, timed and explained. The SQL is what the staff code asks for: open cases
/// soonest due first (the officers' work list), a unit's activities for the year with their units (งานของฉัน),
/// and a unit's unanswered feedback.
/// </summary>
public sealed class GrowthBench(BenchReport report)
{
    public static readonly (string Name, string Sql)[] Queries =
    [
        ("open cases, soonest due first",
            "SELECT Id, CaseNo, Stage, StageDue FROM Complaints WHERE ClosedAt IS NULL ORDER BY StageDue LIMIT 20"),
        ("open cases per stage",
            "SELECT Stage, COUNT(*) FROM Complaints WHERE ClosedAt IS NULL GROUP BY Stage"),
        ("activities of one unit (งานของฉัน)",
            "SELECT a.Id, a.Title, a.PeriodTo, m.SortOrder, a.SortOrder FROM MeasureActivities a JOIN Measures m ON a.MeasureId = m.Id " +
            "WHERE m.FiscalYear = $fy AND a.Id IN (SELECT ActivityId FROM ActivityUnits WHERE Unit = $unit)"),
        ("units of those activities",
            "SELECT ActivityId, Unit FROM ActivityUnits WHERE ActivityId IN " +
            "(SELECT ActivityId FROM ActivityUnits WHERE Unit = $unit)"),
        ("unit's new feedback, oldest first",
            "SELECT Id, RefNo, ReceivedAt FROM Feedback WHERE Unit = $unit AND Status = 'new' ORDER BY ReceivedAt LIMIT 20"),
        ("a citizen's own cases (เรื่องของฉัน)",
            "SELECT CaseNo, Stage FROM Complaints WHERE ComplainantHash = $who ORDER BY ReceivedAt DESC LIMIT 10"),
    ];

    public void Run(string directory, int complaints, int feedback, int activities)
    {
        report.Section($"Growth: {complaints:N0} complaints, {feedback:N0} feedback, {activities:N0} measure activities");
        var ring = BenchHost.EnsureKeys(directory);
        var database = new Database(Database.Normalise("Data Source=" + BotProcess.DatabasePath(directory)), new SqlitePragmas(5000));
        database.Migrate();
        using var connection = database.Open();
        var seeding = Stopwatch.StartNew();
        new GrowthSeeder(new FieldCipher(ring)).Seed(connection, complaints, feedback, activities, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds());
        Execute(connection, "ANALYZE");
        report.Line("seeded in", $"{seeding.Elapsed.TotalSeconds:F1} s ({new FileInfo(BotProcess.DatabasePath(directory)).Length / 1024 / 1024} MB)");
        // A database that has grown over years has its WAL copied back many times a second; seeding in one transaction
        // leaves the whole of it in the WAL instead, which the bot would otherwise copy while it is being measured.
        if (!WalTruncation.Run(connection)) report.Note("    (the seeding's WAL could not be emptied; the bot copies it while measured)");
        foreach (var (name, sql) in Queries)
        {
            var times = Enumerable.Range(0, 21).Select(_ => Time(connection, sql)).Skip(1).OrderBy(t => t).ToArray();
            report.Line(name, $"median {BenchReport.Ms(times[times.Length / 2])}, max {BenchReport.Ms(times[^1])} (target < 50 ms)");
            foreach (var step in Plan(connection, sql)) report.Note("    plan: " + step);
        }
    }

    private static double Time(SqliteConnection connection, string sql)
    {
        var started = Stopwatch.GetTimestamp();
        using var command = Prepared(connection, sql);
        using var reader = command.ExecuteReader();
        while (reader.Read()) { }
        return Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    }

    public static List<string> Plan(SqliteConnection connection, string sql)
    {
        using var command = Prepared(connection, "EXPLAIN QUERY PLAN " + sql);
        using var reader = command.ExecuteReader();
        var steps = new List<string>();
        while (reader.Read()) steps.Add(reader.GetString(3));
        return steps;
    }

    private static SqliteCommand Prepared(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        if (sql.Contains("$fy")) command.Parameters.AddWithValue("$fy", GrowthSeeder.FiscalYear);
        if (sql.Contains("$unit")) command.Parameters.AddWithValue("$unit", GrowthSeeder.Units[2]);
        if (sql.Contains("$who")) command.Parameters.AddWithValue("$who", "user00000007");
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
