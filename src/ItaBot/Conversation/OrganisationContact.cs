using System.Text.RegularExpressions;
using ItaBot.Configuration;
using ItaBot.Hosting;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>
/// The organisation as a citizen is told about it: its name and, when one is configured, the office phone to call.
/// The greeting, the help text and the complaint receipt take these as the slots {organisation} and {phone_line};
/// the phone line is worded in texts.yaml (org.phone_line) and is empty when there is no phone, so no "โทร " dangles.
/// </summary>
public sealed partial class OrganisationContact
{
    public const int MaxNameLength = 150;
    private readonly OrganisationOptions _options;
    private readonly Texts _texts;

    public OrganisationContact(IOptions<OrganisationOptions> options, Texts texts)
    {
        _options = options.Value;
        _texts = texts;
        Check(_options);
    }

    /// <summary>Slot values for the host texts that name the organisation; texts that use neither ignore them.</summary>
    public IReadOnlyDictionary<string, string> Values() => Texts.Values(
        ("organisation", _options.Name.Trim()),
        ("phone_line", Phone is { } phone ? _texts.Plain("org.phone_line", Texts.Values(("phone", phone))) : ""));

    /// <summary>These values and <paramref name="more"/> together, for a text that has slots of its own.</summary>
    public IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> more) =>
        Values().Concat(more).ToDictionary(kv => kv.Key, kv => kv.Value);

    private string? Phone => string.IsNullOrWhiteSpace(_options.Phone) ? null : _options.Phone.Trim();

    /// <summary>Both are shown to every citizen, so a typo is found at start-up, not in the first greeting.</summary>
    public static void Check(OrganisationOptions o)
    {
        if (string.IsNullOrWhiteSpace(o.Name) || o.Name.Trim().Length > MaxNameLength || o.Name.Contains('\n'))
            throw new StartupException($"Organisation:Name must be the organisation's name on one line, at most {MaxNameLength} characters (the greeting names it)");
        if (!string.IsNullOrWhiteSpace(o.Phone) && !PhonePattern().IsMatch(o.Phone.Trim()))
            throw new StartupException(
                "Organisation:Phone must be a phone number to call, e.g. 044-123-456, 0 4412 3456 ต่อ 12 or 1132 (digits, spaces, - ( ) + , / and ต่อ for an extension), or empty for none");
    }

    // Office lines, mobiles, hotlines of 4 digits, several numbers with commas or a slash, and an extension.
    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-/,]{2,38}[0-9]( ?ต่อ ?[0-9][0-9 \-,]{0,10})?$")]
    private static partial Regex PhonePattern();
}
