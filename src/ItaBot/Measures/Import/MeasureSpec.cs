namespace ItaBot.Measures.Import;

/// <summary>One มาตรการ.</summary>
/// <param name="Code">Stable key within the fiscal year; re-importing a file updates the measure with the same code.</param>
/// <param name="Indicator">The ITA indicator or question the measure answers (e.g. "O42", "IIT"); null when not stated.</param>
public sealed record MeasureSpec(string Code, string Title, string? Indicator, IReadOnlyList<ActivitySpec> Activities);
