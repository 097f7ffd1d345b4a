using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.State;

/// <summary>Rich menus the bot created, their images, and which one each user (or everyone) sees.</summary>
internal sealed class RichMenuStore
{
    private readonly object gate = new();
    private readonly Dictionary<string, JsonObject> menus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StoredContent> images = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> perUser = new(StringComparer.Ordinal);
    private string? defaultMenu;

    public string Create(JsonObject menu)
    {
        var id = "richmenu-" + Ids.Hex32();
        lock (gate)
        {
            menus[id] = menu;
        }

        return id;
    }

    public bool Exists(string id)
    {
        lock (gate)
        {
            return menus.ContainsKey(id);
        }
    }

    /// <summary>Forgets the menu and its image; users linked to it (or seeing it as the default) lose it. False when unknown.</summary>
    public bool Delete(string id)
    {
        lock (gate)
        {
            if (!menus.Remove(id))
            {
                return false;
            }

            images.Remove(id);
            foreach (var user in perUser.Where(p => p.Value == id).Select(p => p.Key).ToList())
            {
                perUser.Remove(user);
            }

            if (defaultMenu == id)
            {
                defaultMenu = null;
            }

            return true;
        }
    }

    /// <summary>The ids of the menus the account holds now.</summary>
    public IReadOnlyList<string> MenuIds()
    {
        lock (gate)
        {
            return [.. menus.Keys];
        }
    }

    public void SetImage(string id, StoredContent image)
    {
        lock (gate)
        {
            images[id] = image;
        }
    }

    public StoredContent? Image(string id)
    {
        lock (gate)
        {
            return images.GetValueOrDefault(id);
        }
    }

    public void SetDefault(string id)
    {
        lock (gate)
        {
            defaultMenu = id;
        }
    }

    public void Link(string userId, string id)
    {
        lock (gate)
        {
            perUser[userId] = id;
        }
    }

    /// <summary>Forgets the user's own menu, so they see the default again; true when there was one.</summary>
    public bool Unlink(string userId)
    {
        lock (gate)
        {
            return perUser.Remove(userId);
        }
    }

    /// <summary>The menu a user sees: their own link wins over the default, as on LINE.</summary>
    public (string Id, JsonObject Menu)? MenuFor(string userId)
    {
        lock (gate)
        {
            var id = perUser.GetValueOrDefault(userId) ?? defaultMenu;
            return id is not null && menus.TryGetValue(id, out var menu) ? (id, menu) : null;
        }
    }
}
