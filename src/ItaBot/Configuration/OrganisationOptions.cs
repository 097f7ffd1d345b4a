namespace ItaBot.Configuration;

public sealed class OrganisationOptions
{
    public const string Section = "Organisation";
    /// <summary>Named in the greeting and on reports; required.</summary>
    public string Name { get; set; } = "เทศบาลตำบลตัวอย่าง";
    /// <summary>The office phone a citizen may call, shown in the greeting, help and receipt; empty: none is shown.</summary>
    public string Phone { get; set; } = "";
    public string District { get; set; } = "เมือง";
    public string Province { get; set; } = "นครราชสีมา";
    public string HeadName { get; set; } = "";
    public string HeadTitle { get; set; } = "นายกเทศมนตรี";
    /// <summary>The PDPA notice every complainant is sent to; the example is refused with a real LINE channel (PrivacyNoticeCheck).</summary>
    public string PrivacyNoticeUrl { get; set; } = "https://example.go.th/privacy";
    /// <summary>Where report download links sent in chat point; empty: none are sent. Checked with a real LINE channel (PublicBaseUrlCheck).</summary>
    public string? PublicBaseUrl { get; set; }
    /// <summary>The unit that receives feedback when a category names none.</summary>
    public string FeedbackUnit { get; set; } = "สำนักปลัด";
}
