using ItaBot.Configuration;

namespace ItaBot.Hosting;

/// <summary>Local mode runs the bundled LINE stand-in and needs no configuration; otherwise real LINE settings are required.</summary>
public static class LineMode
{
    public static bool IsLocal(LineOptions options) => options.Mode.ToLowerInvariant() switch
    {
        "local" => true,
        "line" => false,
        _ => string.IsNullOrEmpty(options.ChannelSecret) && string.IsNullOrEmpty(options.ChannelAccessToken)
             && options.ApiBaseUrl == new LineOptions().ApiBaseUrl,
    };

    /// <summary>The problems that stop a real deployment from starting, in words an operator can act on.</summary>
    public static IEnumerable<string> Problems(LineOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ChannelSecret))
            yield return "Line:ChannelSecret is missing (LINE Developers console > Basic settings > Channel secret; or set Line__ChannelSecret)";
        if (string.IsNullOrWhiteSpace(options.ChannelAccessToken))
            yield return "Line:ChannelAccessToken is missing (Messaging API tab > Channel access token; or set Line__ChannelAccessToken)";
        if (!Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out _))
            yield return $"Line:ApiBaseUrl '{options.ApiBaseUrl}' is not an absolute URL";
        if (!Uri.TryCreate(options.DataApiBaseUrl, UriKind.Absolute, out _))
            yield return $"Line:DataApiBaseUrl '{options.DataApiBaseUrl}' is not an absolute URL";
    }
}
