namespace ItaBot.Line.Api;

public sealed class LineClientOptions
{
    public string ApiBaseUrl { get; set; } = "https://api.line.me";

    /// <summary>Content download and rich-menu image upload live on a separate host.</summary>
    public string DataApiBaseUrl { get; set; } = "https://api-data.line.me";

    public string ChannelAccessToken { get; set; } = "";

    /// <summary>Per-call limit; a call that exceeds it reports <see cref="LineApiOutcome.Timeout"/>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Limit for a whole content download, body included. Longer than <see cref="Timeout"/>: a video on a slow link
    /// takes minutes, and one that always times out is evidence lost.
    /// </summary>
    public TimeSpan ContentTimeout { get; set; } = TimeSpan.FromSeconds(120);
}
