namespace ItaBot.LineEmulator.State;

/// <summary>The chats the emulator knows: users (with Thai display names) and groups, and who blocked the bot.</summary>
internal sealed class UserDirectory
{
    private static readonly string[] ThaiNames =
    [
        "สมชาย ใจดี", "สมหญิง ศรีสุข", "วิชัย พัฒนา", "มาลี บุญมา",
        "อนันต์ ทองคำ", "สุดา แก้วใส", "ประเสริฐ วงศ์ไทย", "นภา ดวงดี",
    ];

    private readonly object gate = new();
    private readonly Dictionary<string, string> names = new(StringComparer.Ordinal);
    private readonly List<string> order = [];
    private readonly HashSet<string> groups = new(StringComparer.Ordinal);
    private readonly HashSet<string> blocked = new(StringComparer.Ordinal);

    public void KnowUser(string userId, string? displayName = null)
    {
        lock (gate)
        {
            if (!names.ContainsKey(userId))
            {
                order.Add(userId);
            }

            if (displayName is not null || !names.ContainsKey(userId))
            {
                names[userId] = string.IsNullOrWhiteSpace(displayName) ? DefaultName(userId) : displayName.Trim();
            }
        }
    }

    public void KnowGroup(string groupId)
    {
        lock (gate)
        {
            groups.Add(groupId);
        }
    }

    public bool IsUser(string id)
    {
        lock (gate)
        {
            return names.ContainsKey(id);
        }
    }

    public bool IsKnownChat(string id)
    {
        lock (gate)
        {
            return names.ContainsKey(id) || groups.Contains(id);
        }
    }

    public string? DisplayName(string userId)
    {
        lock (gate)
        {
            return names.GetValueOrDefault(userId);
        }
    }

    public IReadOnlyList<(string UserId, string DisplayName)> Users()
    {
        lock (gate)
        {
            return order.Select(id => (id, names[id])).ToList();
        }
    }

    public void Block(string userId)
    {
        lock (gate)
        {
            blocked.Add(userId);
        }
    }

    public bool IsBlocked(string userId)
    {
        lock (gate)
        {
            return blocked.Contains(userId);
        }
    }

    public void ClearBlocks()
    {
        lock (gate)
        {
            blocked.Clear();
        }
    }

    private static string DefaultName(string userId) =>
        ThaiNames[(int)((uint)userId.Aggregate(17, (h, c) => unchecked((h * 31) + c)) % (uint)ThaiNames.Length)];
}
