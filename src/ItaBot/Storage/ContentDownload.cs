using ItaBot.Complaints;
using ItaBot.Configuration;
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
/// </summary>
public sealed class ContentDownload(LineMessagingClient client, FieldCipher cipher, IOptions<StorageOptions> storage)
{
    public const int MaxAttempts = 10;

    /// <param name="folder">Below the evidence directory, e.g. "12" or "activities/5".</param>
    /// <param name="attempt">This attempt's number, counting from 1.</param>
    public async Task<ContentDownloadResult> FetchAsync(string messageId, string folder, long fileId, string purpose, int attempt,
        long now, CancellationToken ct)
    {
        var result = await client.GetContentAsync(messageId, ct);
        if (result.Outcome == LineApiOutcome.Ok && result.Value is { } content)
        {
            var path = await StoreAsync(folder, fileId, cipher.Encrypt(content.Bytes, purpose), ct);
            return new(result.Outcome, EvidenceStatus.Stored, path, content.ContentType, content.Bytes.Length, now);
        }
        if (result.Outcome is LineApiOutcome.Gone or LineApiOutcome.NotFound)
            return new(result.Outcome, EvidenceStatus.Gone, null, null, null, now);
        if (attempt >= MaxAttempts || !(result.IsRetryable || result.Outcome == LineApiOutcome.NotReady))
            return new(result.Outcome, EvidenceStatus.Failed, null, null, null, now);
        return new(result.Outcome, EvidenceStatus.Pending, null, null, null, now + (long)Math.Min(600_000, 2_000 * Math.Pow(2, attempt)));
    }

    private async Task<string> StoreAsync(string folder, long fileId, byte[] sealedBytes, CancellationToken ct)
    {
        var directory = Path.GetFullPath(Path.Combine(storage.Value.EvidenceDirectory, folder));
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, fileId + ".bin");
        await File.WriteAllBytesAsync(path, sealedBytes, ct);
        return path;
    }
}
