namespace ItaBot.Hosting;

/// <summary>
/// Organisation:PublicBaseUrl is where the report download links sent to admins in chat point. Left empty, no
/// links are sent (the admin is told the address is not set). Set on a real LINE channel, it must be this bot's own
/// https address: a copied example would hand a signed link, and the request for it, to somebody else's host, and a
/// plain http one would send the report unencrypted. The local demo may use its own http address.
/// </summary>
public static class PublicBaseUrlCheck
{
    public const string Key = "Organisation:PublicBaseUrl";

    /// <summary>Why the address cannot be put in download links, or null when it can (or is not set).</summary>
    public static string? Problem(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        var reason = OrganisationAddress.Reason(url.Trim());
        return reason is null ? null
            : $"{Key} {reason}: it must be the public https address at which this bot is reached, where the report " +
              "download links sent in chat point; e.g. set Organisation__PublicBaseUrl=https://itabot.<your-organisation>.go.th, " +
              "or leave it empty to send no links";
    }
}
