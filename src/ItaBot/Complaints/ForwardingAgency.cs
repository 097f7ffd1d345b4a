using ItaBot.Security;
using ItaBot.Storage.Entities;

namespace ItaBot.Complaints;

/// <summary>
/// The agency a case was forwarded to, sealed. Rows from before migration 0011 kept it in plain text, and are read
/// from there until LegacyAgencySealing has sealed them.
/// </summary>
public sealed class ForwardingAgency(FieldCipher cipher)
{
    public const string Purpose = "complaint.agency";

    public string? Read(Complaint c) =>
        c.ForwardedAgency is { } sealedAgency ? cipher.DecryptText(sealedAgency, Purpose) : NullIfBlank(c.ForwardedTo);

    public void Record(Complaint c, string agency)
    {
        c.ForwardedAgency = cipher.EncryptText(agency.Trim(), Purpose);
        c.ForwardedTo = null;
    }

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
