namespace ItaBot.Dialogs;

/// <summary>
/// How a place sent from LINE's map is named back to people: LINE gives the place's name (title) and its address
/// separately, and either may be missing or repeat the other. The name is what the citizen picked and often all an
/// officer recognises ("ตลาดสดเทศบาล"); the address says where it is. Both are shown, neither twice.
/// </summary>
internal static class PlaceLabel
{
    public static string? Of(string? title, string? address)
    {
        var name = title?.Trim();
        var where = address?.Trim();
        if (string.IsNullOrEmpty(name)) return string.IsNullOrEmpty(where) ? null : where;
        if (string.IsNullOrEmpty(where) || name.Contains(where, StringComparison.Ordinal)) return name;
        if (where.Contains(name, StringComparison.Ordinal)) return where;
        return name + ", " + where;
    }
}
