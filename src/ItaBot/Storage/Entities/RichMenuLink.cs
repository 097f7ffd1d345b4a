namespace ItaBot.Storage.Entities;

public sealed class RichMenuLink
{
    public long Id { get; set; }
    public string UserHash { get; set; } = "";
    public string Action { get; set; } = "";
    public string Status { get; set; } = "";
    public int Attempts { get; set; }
    public long NextAttemptAt { get; set; }
    public long CreatedAt { get; set; }
}
