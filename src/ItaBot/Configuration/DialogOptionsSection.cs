namespace ItaBot.Configuration;

public sealed class DialogOptionsSection
{
    public const string Section = "Dialogs";
    /// <summary>Empty means the dialogs/ folder found by walking up from the working directory.</summary>
    public string Directory { get; set; } = "";
    public int ExpiryMinutes { get; set; } = 30;
    public int MaxRetries { get; set; } = 3;
}
