namespace ItaBot.Dialogs;

internal static class TextsValidator
{
    public static void Validate(IEnumerable<TextEntry> entries, List<string> errors)
    {
        var byKey = entries.ToDictionary(e => e.Key);
        foreach (var (key, slots) in TextKeys.Required)
        {
            if (!byKey.TryGetValue(key, out var entry))
                errors.Add($"{CatalogLoader.TextsFile}: missing required text '{key}'");
            else if (slots.Except(entry.Slots).ToList() is { Count: > 0 } missing)
                errors.Add($"{CatalogLoader.TextsFile}: text '{key}': must declare slots {string.Join(", ", missing)}");
            else if (entry.Slots.Except([.. slots, .. TextKeys.Optional.GetValueOrDefault(key, [])]).ToList() is { Count: > 0 } unknown)
                errors.Add($"{CatalogLoader.TextsFile}: text '{key}': the bot gives no value for slots {string.Join(", ", unknown)}");
        }
        foreach (var entry in byKey.Values)
            ValidateEntry(entry, errors);
        foreach (var key in TextKeys.Labels.Where(byKey.ContainsKey))
            CheckLabel(byKey[key].Text, $"{CatalogLoader.TextsFile}: text '{key}'", errors);
    }

    private static void ValidateEntry(TextEntry entry, List<string> errors)
    {
        var where = $"{CatalogLoader.TextsFile}: text '{entry.Key}'";
        var used = Template.SlotsIn(entry.Text).ToHashSet();
        foreach (var slot in used.Where(s => !entry.Slots.Contains(s)))
            errors.Add($"{where}: unknown slot '{{{slot}}}'");
        // A declared slot that never appears usually means YAML cut the text short (an unquoted ' #' starts a comment).
        foreach (var slot in entry.Slots.Where(s => !used.Contains(s)).Distinct())
            errors.Add($"{where}: declares slot '{slot}' but its text never uses '{{{slot}}}' (quote a text containing ' #')");
        foreach (var button in entry.Buttons)
            CheckLabel(button.Label, where, errors);
        if (entry.Buttons.Count > Limits.QuickReplies)
            errors.Add($"{where}: {entry.Buttons.Count} buttons, more than {Limits.QuickReplies} quick replies");
        if (entry.Buttons.Any(b => b.Data?.Length > Postback.MaxLength))
            errors.Add($"{where}: postback data over {Postback.MaxLength} chars");
    }

    public static void CheckLabel(string label, string where, List<string> errors)
    {
        var length = Template.Graphemes(label);
        if (length > Limits.LabelGraphemes)
            errors.Add($"{where}: label '{label}' is {length} characters, over {Limits.LabelGraphemes}");
    }
}
