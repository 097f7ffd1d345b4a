namespace ItaBot.Staff.RichMenu;

public static class RichMenuLinkAction
{
    public const string Link = "link";
    public const string Unlink = "unlink";
}
