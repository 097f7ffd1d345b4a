namespace ItaBot.Measures.Import;

internal static class TextFields
{
    public static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    public static string Required(string? value, string field, ErrorLocation where) =>
        Optional(value) ?? throw where.Error($"{field} is missing");

    public static IReadOnlyList<string> List(List<string?>? values) =>
        (values ?? []).Select(Optional).OfType<string>().ToList().AsReadOnly();
}
