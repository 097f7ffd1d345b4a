namespace ItaBot.Hosting;

/// <summary>
/// Organisation:PrivacyNoticeUrl is the PDPA s.23 notice every complainant is shown before they write. The shipped
/// default is an example address: on a real LINE channel it would send people to somebody else's page, so a real
/// deployment must name its own. The local stand-in demo keeps the example.
/// </summary>
public static class PrivacyNoticeCheck
{
    public const string Key = "Organisation:PrivacyNoticeUrl";

    // RFC 2606 and 6761 reserve these names for examples and tests; no organisation's notice lives there.
    private static readonly string[] ExampleDomains = ["example.go.th", "example.com", "example.org", "example.net", "example.co.th"];
    private static readonly string[] ReservedTopLevel = ["example", "test", "invalid", "localhost"];

    /// <summary>Why the address cannot be shown to citizens, or null when it can.</summary>
    public static string? Problem(string? url)
    {
        var reason = Reason(url?.Trim());
        return reason is null ? null
            : $"{Key} {reason}: it must be the https address of your organisation's own privacy notice (PDPA s.23), " +
              "which every complainant is shown; e.g. set Organisation__PrivacyNoticeUrl=https://www.<your-organisation>.go.th/privacy";
    }

    private static string? Reason(string? url)
    {
        if (string.IsNullOrEmpty(url)) return "is empty";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
            return $"'{url}' is not an absolute https address";
        var host = uri.Host.TrimEnd('.').ToLowerInvariant();
        if (ExampleDomains.Any(d => host == d || host.EndsWith("." + d, StringComparison.Ordinal))
            || ReservedTopLevel.Contains(host.Split('.')[^1]))
            return $"'{url}' is still an example address";
        return null;
    }
}
