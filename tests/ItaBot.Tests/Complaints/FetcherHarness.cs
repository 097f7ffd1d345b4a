using ItaBot.Complaints;
using ItaBot.Hosting;
using ItaBot.Outbox;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ItaBot.Configuration;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// The evidence fetcher on a real, migrated SQLite file in a temp folder, without the web host or LINE: downloads are
/// <see cref="ScriptedDownloads"/>, time is a <see cref="SteppedClock"/> (so a poll happens only when the test moves
/// it) and the log is captured. The database can be told to refuse a row's change, as a constraint or a full disk would.
/// </summary>
internal sealed class FetcherHarness : IAsyncDisposable
{
    // Only a guard against hanging when something is broken; nothing waits for it to pass.
    public static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    private readonly CoreServices _core;
    private readonly List<string> _triggers = [];
    private EvidenceFetcher? _fetcher;
    private int _complaints;

    private FetcherHarness(CoreServices core, SteppedClock clock, ScriptedDownloads downloads, CapturedLog log)
    {
        _core = core;
        Clock = clock;
        Downloads = downloads;
        Log = log;
    }

    public string Directory => _core.Directory;
    public SteppedClock Clock { get; }
    public ScriptedDownloads Downloads { get; }
    public CapturedLog Log { get; }
    public IServiceProvider Services => _core.Provider;
    public long Now => Clock.GetUtcNow().ToUnixTimeMilliseconds();

    public static FetcherHarness Create(int lanes = 2)
    {
        var clock = new SteppedClock(new DateTimeOffset(2026, 11, 23, 3, 0, 0, TimeSpan.Zero));
        var log = new CapturedLog();
        var core = CoreServices.Create("fetcher", clock, services =>
        {
            services.AddLogging(b => b.AddProvider(log).SetMinimumLevel(LogLevel.Information));
            services.AddSingleton(sp => new ScriptedDownloads(sp.GetRequiredService<IOptions<StorageOptions>>().Value.EvidenceDirectory, lanes));
            services.AddSingleton<IContentDownload>(sp => sp.GetRequiredService<ScriptedDownloads>());
            services.AddSingleton<OutboxSignal>();
            services.AddSingleton<EvidenceRecorder>();
            services.AddSingleton<EvidenceRecording>();
            services.AddSingleton<EvidenceFetcher>();
        });
        var downloads = core.Provider.GetRequiredService<ScriptedDownloads>();
        return new FetcherHarness(core, clock, downloads, log);
    }

    /// <summary>Starts the fetcher; its first pass runs at once.</summary>
    public Task StartAsync()
    {
        _fetcher = _core.Provider.GetRequiredService<EvidenceFetcher>();
        return _fetcher.StartAsync(CancellationToken.None);
    }

    /// <summary>A complaint with one file to fetch, due now, as a submitted complaint leaves it; returns the file's row id.</summary>
    public async Task<long> AddEvidenceAsync(string messageId, int attempts = 0)
    {
        await using var scope = _core.Provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var complaint = new Complaint
        {
            FiscalYear = 2570, Sequence = ++_complaints, CaseNo = "ทจ-T-" + messageId, ReceiptHash = "receipt-" + messageId,
            Content = [1], Stage = "received", ReceivedAt = Now, ReviewDue = Now, ResultDue = Now, StageDue = Now, UpdatedAt = Now,
        };
        db.Complaints.Add(complaint);
        await db.SaveChangesAsync();
        var evidence = new ComplaintEvidence
        {
            ComplaintId = complaint.Id, Kind = "image", LineMessageId = messageId, Status = EvidenceStatus.Pending,
            Attempts = attempts, NextAttemptAt = Now, CreatedAt = Now,
        };
        db.ComplaintEvidence.Add(evidence);
        await db.SaveChangesAsync();
        return evidence.Id;
    }

    public EvidenceRow Row(long id)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT Status, Attempts, NextAttemptAt, FilePath FROM ComplaintEvidence WHERE Id = $id";
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) throw new InvalidOperationException($"no evidence row {id}");
        return new EvidenceRow(reader.GetString(0), reader.GetInt32(1), reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3));
    }

    /// <summary>Polls until the row is as the test expects; fails with what it saw last.</summary>
    public async Task<EvidenceRow> WaitForRowAsync(long id, Func<EvidenceRow, bool> expected)
    {
        var deadline = DateTime.UtcNow + Guard;
        EvidenceRow row;
        while (!expected(row = Row(id)))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"evidence {id} stayed {row}");
            await Task.Delay(20);
        }
        return row;
    }

    /// <summary>The database refuses to store this row's file, as a constraint would.</summary>
    public void RefuseStoring(long id) => AddTrigger(id, $"NEW.Status = '{EvidenceStatus.Stored}'", "RAISE(ABORT, 'refused by the test')");

    /// <summary>Storing this row's file changes nothing, as when the row was changed or removed after it was read.</summary>
    public void SkipStoring(long id) => AddTrigger(id, $"NEW.Status = '{EvidenceStatus.Stored}'", "RAISE(IGNORE)");

    /// <summary>The database refuses any change to this row, as a full disk refuses every write.</summary>
    public void RefuseEveryChange(long id) => AddTrigger(id, "1", "RAISE(ABORT, 'refused by the test')");

    /// <summary>The database takes every change again.</summary>
    public void Allow()
    {
        foreach (var name in _triggers) Execute($"DROP TRIGGER {name}");
        _triggers.Clear();
    }

    public async ValueTask DisposeAsync()
    {
        if (_fetcher is not null) await _fetcher.StopAsync(CancellationToken.None);
        await _core.DisposeAsync();
    }

    private void AddTrigger(long id, string when, string action)
    {
        var name = $"test_refuse_{_triggers.Count}";
        Execute($"CREATE TRIGGER {name} BEFORE UPDATE ON ComplaintEvidence WHEN NEW.Id = {id} AND {when} BEGIN SELECT {action}; END");
        _triggers.Add(name);
    }

    private void Execute(string sql)
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection($"Data Source={_core.DatabasePath};Pooling=False");
        connection.Open();
        return connection;
    }
}
