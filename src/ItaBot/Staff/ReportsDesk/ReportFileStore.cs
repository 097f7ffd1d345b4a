using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>
/// The folder of reports written for chat links. A file is named by a random id, never by what it contains, and is
/// deleted once its link can no longer work.
/// </summary>
public sealed class ReportFileStore(IOptions<ReportOptions> options, ILogger<ReportFileStore> log)
{
    public string Folder => Path.GetFullPath(options.Value.Directory);

    public TimeSpan Lifetime => options.Value.LinkLifetime;

    public ReportLink Reserve(string fileName, DateTimeOffset now) =>
        new(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)), fileName, (now + Lifetime).ToUnixTimeMilliseconds());

    public string PathOf(ReportLink link)
    {
        if (!ReportLinkSigner.FileIdPattern().IsMatch(link.FileId)) throw new ArgumentException("not a report file id", nameof(link));
        return Path.Combine(Folder, link.FileId + Path.GetExtension(link.FileName));
    }

    public string Prepare(ReportLink link)
    {
        Directory.CreateDirectory(Folder);
        return PathOf(link);
    }

    /// <summary>Removes files whose links have expired; a minute of slack covers a download just begun.</summary>
    public int Sweep(DateTimeOffset now)
    {
        if (!Directory.Exists(Folder)) return 0;
        var cutoff = (now - Lifetime - TimeSpan.FromMinutes(1)).UtcDateTime;
        var removed = 0;
        foreach (var file in new DirectoryInfo(Folder).EnumerateFiles())
        {
            if (file.LastWriteTimeUtc >= cutoff) continue;
            try
            {
                file.Delete();
                removed++;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                log.LogWarning("Could not remove an expired report file: {Error}", e.GetType().Name);
            }
        }
        return removed;
    }
}
