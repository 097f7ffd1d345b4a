using ItaBot.Configuration;
using ItaBot.Dialogs;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>
/// Holds the validated dialogs. The files are re-read when they change, so a clerk can fix a wording without a
/// release; an edit that does not validate is logged and the previous flows stay in use.
/// </summary>
public sealed class FlowCatalogProvider
{
    private static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(2);
    private readonly string _directory;
    private readonly TimeProvider _time;
    private readonly ILogger<FlowCatalogProvider> _log;
    private readonly object _gate = new();
    private FlowCatalog _catalog;
    private DateTime _stamp;
    private DateTimeOffset _checkedAt;

    public FlowCatalogProvider(IOptions<DialogOptionsSection> options, TimeProvider time, ILogger<FlowCatalogProvider> log)
    {
        _directory = FindDirectory(options.Value.Directory);
        _time = time;
        _log = log;
        _stamp = Stamp(_directory);
        _catalog = LoadFrom(_directory);
        _checkedAt = time.GetUtcNow();
    }

    public string Directory => _directory;

    public FlowCatalog Current
    {
        get
        {
            var now = _time.GetUtcNow();
            if (now - _checkedAt < CheckEvery) return _catalog;
            lock (_gate)
            {
                _checkedAt = now;
                var stamp = Stamp(_directory);
                if (stamp == _stamp) return _catalog;
                _stamp = stamp;
                try
                {
                    _catalog = LoadFrom(_directory);
                    _log.LogInformation("Dialogs reloaded from {Directory}", _directory);
                }
                catch (DialogValidationException e)
                {
                    _log.LogError("Edited dialogs are invalid and were not loaded: {Errors}", string.Join(" | ", e.Errors));
                }
                return _catalog;
            }
        }
    }

    public static FlowCatalog LoadFrom(string directory) =>
        FlowCatalog.Load(System.IO.Directory.EnumerateFiles(directory, "*.yaml").Order()
            .Select(f => new FlowSource(Path.GetFileName(f), File.ReadAllText(f))));

    public static string FindDirectory(string? configured)
    {
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (!System.IO.Directory.Exists(configured)) throw new DirectoryNotFoundException($"Dialogs:Directory '{configured}' does not exist");
            return Path.GetFullPath(configured);
        }
        foreach (var start in new[] { System.IO.Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "dialogs");
                if (File.Exists(Path.Combine(candidate, "texts.yaml"))) return candidate;
            }
        }
        throw new DirectoryNotFoundException("no dialogs/ folder with texts.yaml found; set Dialogs:Directory");
    }

    private static DateTime Stamp(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*.yaml").Select(File.GetLastWriteTimeUtc).DefaultIfEmpty().Max();
}
