using ItaBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Measures;

/// <summary>A real SQLite file with the shipped migrations, in a temp folder removed afterwards.</summary>
internal sealed class MeasuresDb : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "itabot-measures-" + Guid.NewGuid().ToString("N")[..12]);
    private readonly DbContextOptions<ItaBotDb> _options;

    public MeasuresDb()
    {
        Directory.CreateDirectory(_directory);
        var pragmas = new SqlitePragmas(5000);
        var connection = Database.Normalise("Data Source=" + Path.Combine(_directory, "itabot.db"));
        Database = new Database(connection, pragmas);
        Database.Migrate();
        _options = new DbContextOptionsBuilder<ItaBotDb>().UseSqlite(connection).AddInterceptors(pragmas).Options;
    }

    public Database Database { get; }

    public ItaBotDb Open() => new(_options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { }
    }
}
