namespace ItaBot.Hosting;

/// <summary>
/// The rule an address given in Organisation settings meets before a real LINE channel may send people to it: an
/// absolute https address on a host of the organisation's own, not one of the names reserved for examples.
/// </summary>
public static class OrganisationAddress
{
    // RFC 2606 and 6761 reserve these names for examples and tests; no organisation's page lives there.
    private static readonly string[] ExampleDomains = ["example.go.th", "example.com", "example.org", "example.net", "example.co.th"];
    private static readonly string[] ReservedTopLevel = ["example", "test", "invalid", "localhost"];

    /// <summary>Why the address cannot be given to people (e.g. "is still an example address"), or null when it can.</summary>
    public static string? Reason(string? url)
    {
        if (string.IsNullOrEmpty(url)) return "is empty";
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.Host.Length == 0)
            return $"'{url}' is not an absolute https address";
        return IsExample(uri.Host) ? $"'{url}' is still an example address" : null;
    }

    private static bool IsExample(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        return ExampleDomains.Any(d => name == d || name.EndsWith("." + d, StringComparison.Ordinal))
               || ReservedTopLevel.Contains(name.Split('.')[^1]);
    }
}
