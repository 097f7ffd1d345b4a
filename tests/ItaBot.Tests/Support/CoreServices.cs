using ItaBot.Hosting;
using ItaBot.Security;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Support;

/// <summary>
/// The bot's core services on a real, migrated SQLite file in a temp folder of their own, without the web host or
/// LINE, for driving one part of the host directly; disposing removes the folder.
/// </summary>
internal sealed class CoreServices : IAsyncDisposable
{
    private CoreServices(string directory, ServiceProvider provider, IReadOnlyDictionary<string, string?> settings)
    {
        Directory = directory;
        Provider = provider;
        Settings = settings;
    }

    public string Directory { get; }
    public ServiceProvider Provider { get; }
    public IReadOnlyDictionary<string, string?> Settings { get; }
    public string DatabasePath => Path.Combine(Directory, "itabot.db");

    /// <param name="name">Part of the folder's name, to tell whose leftovers are whose.</param>
    /// <param name="register">The part under test and its fakes, registered after the core so they take its place.</param>
    /// <param name="configure">Settings beyond the folder's own paths.</param>
    public static CoreServices Create(string name, TimeProvider clock, Action<IServiceCollection> register,
        Action<Dictionary<string, string?>>? configure = null)
    {
        var directory = Path.Combine(Path.GetTempPath(), $"itabot-{name}-" + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:ItaBot"] = "Data Source=" + Path.Combine(directory, "itabot.db"),
            ["Security:KeyFile"] = Path.Combine(directory, "keys", "itabot-keys.json"),
            ["Storage:EvidenceDirectory"] = Path.Combine(directory, "evidence"),
        };
        configure?.Invoke(settings);
        KeyRingLoader.Write(KeyRing.Generate(), settings["Security:KeyFile"]!);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(clock);
        services.AddItaBotCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), createKeyRing: false);
        register(services);
        var provider = services.BuildServiceProvider();
        provider.GetRequiredService<Database>().Migrate();
        return new CoreServices(directory, provider, settings);
    }

    public async ValueTask DisposeAsync()
    {
        await Provider.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
