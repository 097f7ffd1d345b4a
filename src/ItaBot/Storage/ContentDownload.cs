using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Hosting;
using ItaBot.Line.Api;
using ItaBot.Security;
using Microsoft.Extensions.Options;

namespace ItaBot.Storage;

/// <summary>What one download attempt of a LINE content file came to, and where the sealed copy is.</summary>
public sealed record ContentDownloadResult(LineApiOutcome Outcome, string Status, string? FilePath, string? ContentType, long? Size, long NextAttemptAt)
{
    public void ApplyTo(Entities.IFetchedContent row)
    {
        row.Status = Status;
        row.NextAttemptAt = NextAttemptAt;
        row.FilePath = FilePath ?? row.FilePath;
        row.ContentType = ContentType ?? row.ContentType;
        row.Size = Size ?? row.Size;
    }
}

/// <summary>
/// Fetches a file a person sent (complaint or activity evidence) from LINE's content API and keeps it only
/// AES-GCM sealed on disk. LINE keeps content for a limited time, so failures are retried soon, with backoff.
/// A file over Storage:MaxEvidenceMegabytes is never read into memory and ends as too_large, not retried.
/// </summary>
public sealed class ContentDownload : IContentDownload
{
    public const int MaxAttempts = 10;
    private readonly LineMessagingClient _client;
    private readonly FieldCipher _cipher;
    private readonly StorageOptions _storage;

    public ContentDownload(LineMessagingClient client, FieldCipher cipher, IOptions<StorageOptions> storage)
    {
        _client = client;
        _cipher = cipher;
        _storage = storage.Value;
        if (_storage.MaxEvidenceBytes is < 1 or > LineMessagingClient.MaxContentBytes)
            throw new StartupException($"Storage:MaxEvidenceMegabytes must be 1 to {LineMessagingClient.MaxContentBytes / (1024 * 1024)}");
        if (_storage.EvidenceDownloads is < 1 or > StorageOptions.MaxEvidenceDownloads)
            throw new StartupException($"Storage:EvidenceDownloads must be 1 to {StorageOptions.MaxEvidenceDownloads}");
    }

    public long MaxBytes => _storage.MaxEvidenceBytes;

    /// <summary>How many downloads may run at once (Storage:EvidenceDownloads); each holds up to <see cref="MaxBytes"/> in memory.</summary>
    public int Lanes => _storage.EvidenceDownloads;

    /// <inheritdoc />
    public async Task<ContentDownloadResult> FetchAsync(string messageId, string folder, long fileId, string purpose, int attempt,
        long now, CancellationToken ct)
    {
        var result = await _client.GetContentAsync(messageId, MaxBytes, ct);
        if (result.Outcome == LineApiOutcome.Ok && result.Value is { } content)
        {
            var path = await StoreAsync(folder, fileId, content.Bytes, purpose, ct);
            return new(result.Outcome, EvidenceStatus.Stored, path, content.ContentType, content.Bytes.Length, now);
        }
        if (result.Outcome == LineApiOutcome.TooLarge)
            return new(result.Outcome, EvidenceStatus.TooLarge, null, null, null, now);
        if (result.Outcome is LineApiOutcome.Gone or LineApiOutcome.NotFound)
            return new(result.Outcome, EvidenceStatus.Gone, null, null, null, now);
        if (!(result.IsRetryable || result.Outcome == LineApiOutcome.NotReady))
            return new(result.Outcome, EvidenceStatus.Failed, null, null, null, now);
        return Later(result.Outcome, attempt, now);
    }

    /// <summary>Another attempt after a growing pause, or failed once <see cref="MaxAttempts"/> have been made.</summary>
    public static ContentDownloadResult Later(LineApiOutcome outcome, int attempt, long now) => attempt >= MaxAttempts
        ? new(outcome, EvidenceStatus.Failed, null, null, null, now)
        : new(outcome, EvidenceStatus.Pending, null, null, null, now + (long)Math.Min(600_000, 2_000 * Math.Pow(2, attempt)));

    // Sealed in place and written behind its header: a big video is held once in memory, not twice.
    private async Task<string> StoreAsync(string folder, long fileId, byte[] bytes, string purpose, CancellationToken ct)
    {
        var directory = Path.GetFullPath(Path.Combine(_storage.EvidenceDirectory, folder));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileId + ".bin");
        var header = _cipher.SealInPlace(bytes, purpose);
        await using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 0, useAsync: true);
        await file.WriteAsync(header, ct);
        await file.WriteAsync(bytes, ct);
        return path;
    }
}
