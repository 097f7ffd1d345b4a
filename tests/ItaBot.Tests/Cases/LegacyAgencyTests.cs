using ItaBot.Complaints;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Tests.Alerts;
using ItaBot.Tests.Reliability;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Cases;

/// <summary>Cases forwarded before migration 0011, whose agency was stored in plain text.</summary>
public sealed class LegacyAgencyTests
{
    private const string Agency = "สำนักงาน ป.ป.ช. ประจำจังหวัดนครราชสีมา";

    [Fact]
    public async Task A_case_forwarded_before_the_upgrade_still_shows_its_agency_by_code_and_is_sealed_when_the_bot_starts()
    {
        var directory = Path.Combine(Path.GetTempPath(), "itabot-test-" + Guid.NewGuid().ToString("N")[..12]);
        var code = ReceiptCode.New();
        SeedVersion10Database(directory, code);

        await using var bot = await TestBot.StartAsync(directory: directory);
        var citizen = bot.Line.AddUser();
        await bot.SayAsync(citizen, "สวัสดี");
        var shown = await StaffChat.TrackAsync(bot, citizen, code);

        Assert.Contains("ผลการพิจารณา: ส่งเรื่องให้ " + Agency, shown);
        Assert.Equal(0, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM Complaints WHERE ForwardedTo IS NOT NULL"));
        Assert.Equal(1, DatabaseProbe.Scalar(bot.DatabasePath, "SELECT COUNT(*) FROM Complaints WHERE ForwardedAgency IS NOT NULL"));
    }

    [Fact]
    public async Task A_plain_text_agency_reads_as_before_until_sealed_and_sealing_again_finds_nothing()
    {
        await using var h = ServiceHarness.Create(DateTimeOffset.UtcNow);
        var c = await h.AddComplaintAsync(ComplaintStage.Forwarded, DateTimeOffset.UtcNow.AddDays(7));
        await h.WithDbAsync(db => db.Complaints.Where(x => x.Id == c.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ForwardedTo, Agency).SetProperty(x => x.Decision, ComplaintStage.Forwarded)));
        var agencies = h.Get<ForwardingAgency>();

        var before = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        var sealedRows = h.Get<LegacyAgencySealing>().Run();
        var after = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));

        Assert.Equal(Agency, agencies.Read(before));
        Assert.Equal(1, sealedRows);
        Assert.Null(after.ForwardedTo);
        Assert.Equal(Agency, agencies.Read(after));
        Assert.Equal(0, h.Get<LegacyAgencySealing>().Run());
    }

    /// <summary>The bot's folder as version 10 of the schema left it: keys, and one anonymous case forwarded in plain text.</summary>
    private static void SeedVersion10Database(string directory, string code)
    {
        var ring = KeyRing.Generate();
        KeyRingLoader.Write(ring, Path.Combine(directory, "keys", "itabot-keys.json"));
        using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "itabot.db")};Pooling=False");
        connection.Open();
        Migrator.Migrate(connection, upTo: 10);
        using var insert = connection.CreateCommand();
        insert.CommandText = """
            INSERT INTO Complaints (FiscalYear, Sequence, CaseNo, ReceiptHash, Anonymous, Content, Stage, ReceivedAt, ReviewDue,
                ResultDue, StageDue, DecidedAt, Decision, ForwardedTo, UpdatedAt)
            VALUES (2569, 3, 'ทจ-2569-0003', $receipt, 1, x'00', 'forwarded', 1, 2, 3, 4, 2, 'forwarded', $agency, 2)
            """;
        insert.Parameters.AddWithValue("$receipt", new BlindIndex(ring).Receipt(code));
        insert.Parameters.AddWithValue("$agency", Agency);
        insert.ExecuteNonQuery();
    }
}
