namespace ItaBot.Line.Messaging;

/// <summary>Collects validation problems as "path: reason" lines.</summary>
internal sealed class Problems
{
    private readonly List<string> _items = [];

    public IReadOnlyList<string> Items => _items;

    public void Add(string path, string reason) => _items.Add($"{path}: {reason}");

    public void Required(string path, string? value)
    {
        if (string.IsNullOrEmpty(value)) Add(path, "required");
    }

    public void MaxUnits(string path, string? value, int max)
    {
        if (value is not null && value.Length > max) Add(path, $"{value.Length} characters > {max}");
    }

    public void MaxGraphemes(string path, string? value, int max)
    {
        var count = LineText.Graphemes(value);
        if (count > max) Add(path, $"{count} graphemes > {max}");
    }

    public void Count(string path, int count, int min, int max)
    {
        if (count < min || count > max)
            Add(path, min == max ? $"{count} items, need exactly {min}" : $"{count} items, need {min} to {max}");
    }

    public void HttpsUrl(string path, string? url, int max)
    {
        Required(path, url);
        MaxUnits(path, url, max);
        if (!string.IsNullOrEmpty(url) && !url.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            Add(path, "must be an https URL");
    }
}
