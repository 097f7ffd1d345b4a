namespace ItaBot.Configuration;

/// <summary>How the bot talks to LINE. Empty secret and token with no API URL means local mode.</summary>
public sealed class LineOptions
{
    public const string Section = "Line";
    public string ChannelSecret { get; set; } = "";
    public string ChannelAccessToken { get; set; } = "";
    public string ApiBaseUrl { get; set; } = "https://api.line.me";
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";
    /// <summary>Replies are tried only while the token is younger than this; LINE promises about a minute.</summary>
    public int ReplyTokenSeconds { get; set; } = 50;
    public int HttpTimeoutSeconds { get; set; } = 10;
    /// <summary>A whole evidence download, body included; a video on a slow link needs far longer than an API call.</summary>
    public int ContentTimeoutSeconds { get; set; } = 120;
    /// <summary>Local mode starts the bundled LINE stand-in; "auto" picks it when no secret is configured.</summary>
    public string Mode { get; set; } = "auto";
    public int EmulatorPort { get; set; } = 5081;
    /// <summary>
    /// PNG or JPEG (2500×843, four columns) of the rich menu of the complaint handlers (officers and admins); empty:
    /// they have the quick-reply menu only.
    /// </summary>
    public string StaffRichMenuImage { get; set; } = "";
    /// <summary>PNG or JPEG (2500×843, three columns) of the rich menu of the other staff; empty: quick-reply menu only.</summary>
    public string StaffRichMenuImageStaff { get; set; } = "";
}
