namespace ItaBot.LineEmulator.Page;

/// <summary>The embedded chat page, read once.</summary>
internal static class PageResource
{
    private static readonly Lazy<string> Page = new(Load);

    public static string Html => Page.Value;

    private static string Load()
    {
        var assembly = typeof(PageResource).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith("index.html", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
