using ItaBot.Complaints;
using ItaBot.Feedback;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Operations;

/// <summary>
/// What a backup or a restored database must pass: SQLite's own integrity check, the schema version, row counts,
/// and encrypted content that opens with the key ring in use (a backup without its key ring is unreadable).
/// </summary>
public sealed class DatabaseCheck(FieldCipher cipher)
{
    public static readonly string[] Tables =
        ["InboxArrivals", "InboxEvents", "OutboxMessages", "LineUsers", "StaffMembers", "Complaints", "ComplaintEvidence", "Feedback", "AuditEntries", "MeasureActivities"];

    private static readonly (string Table, string Column, string Purpose)[] Encrypted =
    [
        ("Complaints", "Content", ComplaintService.ContentPurpose),
        ("Complaints", "Identity", ComplaintService.IdentityPurpose),
        ("Feedback", "Text", FeedbackService.TextPurpose),
        ("InboxArrivals", "Payload", ItaBot.Webhook.WebhookReceiver.InboxPurpose),
        ("InboxEvents", "Payload", ItaBot.Webhook.WebhookReceiver.InboxPurpose),
    ];

    public sealed record Report(string Integrity, int SchemaVersion, IReadOnlyDictionary<string, long> Rows, int Decrypted, int Undecryptable)
    {
        public bool Passed => Integrity == "ok" && Undecryptable == 0;
    }

    public Report Run(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var integrity = (string)Scalar(connection, "PRAGMA integrity_check")!;
        var version = Convert.ToInt32(Scalar(connection, "SELECT COALESCE(MAX(Version), 0) FROM SchemaMigrations"));
        var rows = Tables.ToDictionary(t => t, t => Convert.ToInt64(Scalar(connection, $"SELECT COUNT(*) FROM {t}")));
        var (ok, bad) = (0, 0);
        foreach (var (table, column, purpose) in Encrypted)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {column} FROM {table} WHERE {column} IS NOT NULL ORDER BY rowid DESC LIMIT 50";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                try { cipher.Decrypt((byte[])reader[0], purpose); ok++; }
                catch (System.Security.Cryptography.CryptographicException) { bad++; }
            }
        }
        return new Report(integrity, version, rows, ok, bad);
    }

    public static void Print(Report report, TextWriter output)
    {
        output.WriteLine($"  integrity_check: {report.Integrity}; schema version {report.SchemaVersion}");
        output.WriteLine("  rows: " + string.Join(", ", report.Rows.Select(r => $"{r.Key} {r.Value}")));
        output.WriteLine($"  encrypted samples: {report.Decrypted} open with the current key ring, {report.Undecryptable} do not");
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
