using ItaBot.Configuration;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// The two staff rich menus: one for the complaint handlers (officers and admins: เรื่องร้องเรียน, งานของฉัน,
/// มาตรการ, ความคิดเห็น) and one for the other staff (the same without เรื่องร้องเรียน). Each has its own image
/// setting and its own Settings rows; the handlers' menu keeps the keys of the single menu of earlier versions, so
/// an existing database keeps its menu.
/// </summary>
public sealed class StaffRichMenuKind
{
    public static readonly StaffRichMenuKind Handlers = new(
        "handlers", handlesComplaints: true, "ItaBot staff menu", "line.staffRichMenu.id", "line.staffRichMenu.imageSha256",
        o => o.StaffRichMenuImage, nameof(LineOptions.StaffRichMenuImage));

    public static readonly StaffRichMenuKind Staff = new(
        "staff", handlesComplaints: false, "ItaBot staff menu (staff)", "line.staffRichMenu.staff.id",
        "line.staffRichMenu.staff.imageSha256", o => o.StaffRichMenuImageStaff, nameof(LineOptions.StaffRichMenuImageStaff));

    public static readonly IReadOnlyList<StaffRichMenuKind> All = [Handlers, Staff];

    private readonly Func<LineOptions, string> _image;

    private StaffRichMenuKind(string name, bool handlesComplaints, string menuName, string idKey, string imageKey,
        Func<LineOptions, string> image, string setting)
    {
        Name = name;
        HandlesComplaints = handlesComplaints;
        MenuName = menuName;
        IdKey = idKey;
        ImageKey = imageKey;
        _image = image;
        Setting = LineOptions.Section + ":" + setting;
    }

    /// <summary>For logs.</summary>
    public string Name { get; }
    public bool HandlesComplaints { get; }
    /// <summary>The menu's name on LINE (only the OA Manager shows it).</summary>
    public string MenuName { get; }
    /// <summary>Settings row holding the menu's id on LINE.</summary>
    public string IdKey { get; }
    /// <summary>Settings row holding the SHA-256 of the image uploaded to that menu.</summary>
    public string ImageKey { get; }
    /// <summary>The configuration key of the image, for messages.</summary>
    public string Setting { get; }

    /// <summary>The columns, the same entries (and postbacks) as the quick-reply staff menu of these roles.</summary>
    public IReadOnlyList<(string LabelKey, string Data)> Columns => StaffMenu.MainEntries(HandlesComplaints);

    public string ImagePath(LineOptions options) => _image(options) ?? "";

    public bool IsConfigured(LineOptions options) => !string.IsNullOrWhiteSpace(ImagePath(options));

    /// <summary>The menu a member of this role gets.</summary>
    public static StaffRichMenuKind For(string role) => StaffRole.HandlesComplaints(role) ? Handlers : Staff;

    public override string ToString() => Name;
}
