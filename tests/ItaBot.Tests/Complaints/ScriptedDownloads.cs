using System.Collections.Concurrent;
using ItaBot.Complaints;
using ItaBot.Line.Api;
using ItaBot.Storage;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// Downloads as the test scripts them: by default each one stores a small file (plain bytes: nothing here is anyone's
/// evidence) and says so; a message told to fail throws what it was given. It counts the calls and the clock each saw.
/// </summary>
internal sealed class ScriptedDownloads(string directory, int lanes) : IContentDownload
{
    private readonly ConcurrentDictionary<string, Exception> _failures = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<long>> _calls = new();
    private readonly ConcurrentDictionary<string, string> _files = new();

    public int Lanes => lanes;

    public void FailWith(string messageId, Exception error) => _failures[messageId] = error;

    /// <summary>The clock (Unix ms) each download of this message was started with, in order.</summary>
    public IReadOnlyList<long> Calls(string messageId) => _calls.TryGetValue(messageId, out var calls) ? [.. calls] : [];

    /// <summary>Where the last download of this message left its file.</summary>
    public string FileOf(string messageId) => _files[messageId];

    public async Task<ContentDownloadResult> FetchAsync(string messageId, string folder, long fileId, string purpose, int attempt,
        long now, CancellationToken ct)
    {
        _calls.GetOrAdd(messageId, _ => new()).Enqueue(now);
        if (_failures.TryGetValue(messageId, out var error)) throw error;
        var path = Path.Combine(directory, folder, fileId + ".bin");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, [1, 2, 3], ct);
        _files[messageId] = path;
        return new ContentDownloadResult(LineApiOutcome.Ok, EvidenceStatus.Stored, path, "image/jpeg", 3, now);
    }
}
