namespace ItaBot.Storage.Entities;

/// <summary>A row whose file is fetched from LINE later: complaint evidence and activity evidence alike.</summary>
public interface IFetchedContent
{
    string Status { get; set; }
    long NextAttemptAt { get; set; }
    string? FilePath { get; set; }
    string? ContentType { get; set; }
    long? Size { get; set; }
}
