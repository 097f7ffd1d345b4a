namespace ItaBot.Measures;

public static class ActivityEvidenceKinds
{
    public const string Link = "link";
    public const string Location = "location";
}
