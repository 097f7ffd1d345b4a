namespace ItaBot.Storage;

/// <summary>
/// Fetches one file a person sent from LINE and keeps it sealed on disk (<see cref="ContentDownload"/>). The evidence
/// fetcher depends on this rather than on the class so that tests can make a download fail in ways LINE's stand-in
/// cannot, such as an exception that is neither LINE's answer nor the disk's.
/// </summary>
public interface IContentDownload
{
    /// <summary>How many downloads may run at once.</summary>
    int Lanes { get; }

    /// <param name="folder">Below the evidence directory, e.g. "12" or "activities/5".</param>
    /// <param name="attempt">This attempt's number, counting from 1.</param>
    Task<ContentDownloadResult> FetchAsync(string messageId, string folder, long fileId, string purpose, int attempt, long now,
        CancellationToken ct);
}
