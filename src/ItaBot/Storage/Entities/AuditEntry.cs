namespace ItaBot.Storage.Entities;

public sealed class AuditEntry
{
    public long Id { get; set; }
    public long At { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string Subject { get; set; } = "";
    public string? Detail { get; set; }
}
