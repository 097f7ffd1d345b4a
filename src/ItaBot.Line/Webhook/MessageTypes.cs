namespace ItaBot.Line.Webhook;

public static class MessageTypes
{
    public const string Text = "text";
    public const string Image = "image";
    public const string Video = "video";
    public const string Audio = "audio";
    public const string File = "file";
    public const string Location = "location";
    public const string Sticker = "sticker";
}
