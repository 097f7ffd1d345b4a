using ItaBot.Configuration;

namespace ItaBot.Reports.Data;

/// <summary>The report header and signature block, from the Organisation:* settings.</summary>
public static class OrganisationDetailsFactory
{
    // A blank name leaves a line to sign on rather than an empty pair of brackets.
    private const string BlankName = "..................................................";

    public static OrganisationDetails From(OrganisationOptions options) => new(
        options.Name,
        options.District,
        options.Province,
        string.IsNullOrWhiteSpace(options.HeadName) ? BlankName : options.HeadName.Trim(),
        options.HeadTitle);
}
