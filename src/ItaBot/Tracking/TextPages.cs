namespace ItaBot.Tracking;

/// <summary>Packs lines into as few texts as LINE's length limit allows, never splitting an entry between two.</summary>
public static class TextPages
{
    public static List<string> Pack(IEnumerable<string> entries, int max)
    {
        var pages = new List<string>();
        var page = new System.Text.StringBuilder();
        foreach (var entry in entries.Select(e => e.Length <= max ? e : e[..(max - 1)] + "…"))
        {
            if (page.Length > 0 && page.Length + 1 + entry.Length > max)
            {
                pages.Add(page.ToString());
                page.Clear();
            }
            if (page.Length > 0) page.Append('\n');
            page.Append(entry);
        }
        if (page.Length > 0) pages.Add(page.ToString());
        return pages;
    }
}
