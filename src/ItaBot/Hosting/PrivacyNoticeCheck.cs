namespace ItaBot.Hosting;

/// <summary>
/// Organisation:PrivacyNoticeUrl is the PDPA s.23 notice every complainant is shown before they write. The shipped
/// default is an example address: on a real LINE channel it would send people to somebody else's page, so a real
/// deployment must name its own. The local stand-in demo keeps the example.
/// </summary>
public static class PrivacyNoticeCheck
{
    public const string Key = "Organisation:PrivacyNoticeUrl";

    /// <summary>Why the address cannot be shown to citizens, or null when it can.</summary>
    public static string? Problem(string? url)
    {
        var reason = OrganisationAddress.Reason(url?.Trim());
        return reason is null ? null
            : $"{Key} {reason}: it must be the https address of your organisation's own privacy notice (PDPA s.23), " +
              "which every complainant is shown; e.g. set Organisation__PrivacyNoticeUrl=https://www.<your-organisation>.go.th/privacy";
    }
}
