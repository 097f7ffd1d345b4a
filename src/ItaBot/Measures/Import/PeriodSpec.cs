namespace ItaBot.Measures.Import;

/// <summary>When an activity runs (ระยะเวลาดำเนินการ).</summary>
/// <param name="AllYear">The whole fiscal year (ตลอดปีงบประมาณ); From and To are then null.</param>
/// <param name="Text">The period as the organisation wrote it, for display.</param>
public sealed record PeriodSpec(bool AllYear, DateOnly? From, DateOnly? To, string? Text)
{
    /// <summary>The plan names no period at all.</summary>
    public static PeriodSpec Unspecified { get; } = new(false, null, null, null);
}
