namespace ItaBot.Measures.Import;

/// <summary>One step (ขั้นตอน/วิธีการปฏิบัติ) of a measure.</summary>
/// <param name="Code">Stable key within the measure.</param>
/// <param name="Units">Responsible units (หน่วยงานผู้รับผิดชอบ), never empty.</param>
/// <param name="Status">One of <see cref="ActivityStatuses.All"/>.</param>
/// <param name="Progress">0..100.</param>
/// <param name="Result">What was done (สรุปผลการดำเนินการ).</param>
/// <param name="Outcome">What it achieved (ผลลัพธ์หรือความสำเร็จ).</param>
public sealed record ActivitySpec(
    string Code,
    string Title,
    IReadOnlyList<string> Units,
    PeriodSpec Period,
    string? Indicator,
    string Status,
    int Progress,
    string? Result,
    string? Outcome,
    IReadOnlyList<string> EvidenceLinks);
