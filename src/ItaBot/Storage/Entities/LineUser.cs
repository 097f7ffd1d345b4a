namespace ItaBot.Storage.Entities;

public sealed class LineUser
{
    public long Id { get; set; }
    public string UserHash { get; set; } = "";
    public byte[] UserIdEnc { get; set; } = [];
    public long FirstSeen { get; set; }
    public long LastSeen { get; set; }
    public bool Blocked { get; set; }
}
