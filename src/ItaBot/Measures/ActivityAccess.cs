using ItaBot.Staff;
using ItaBot.Storage.Entities;

namespace ItaBot.Measures;

/// <summary>Admins see and update every activity; everyone else only those their own unit is responsible for.</summary>
public static class ActivityAccess
{
    public static bool SeesAll(StaffMember staff) => staff.Role == StaffRole.Admin;

    public static bool CanUpdate(StaffMember? staff, IEnumerable<string> units) =>
        staff is { Status: StaffStatus.Active } && (SeesAll(staff) || units.Contains(staff.Unit, StringComparer.Ordinal));
}
