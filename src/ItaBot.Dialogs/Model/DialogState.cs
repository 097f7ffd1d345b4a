namespace ItaBot.Dialogs;

/// <summary>Everything the engine needs between turns; the host saves it once per turn.</summary>
/// <param name="History">Asked step ids, for ย้อนกลับ.</param>
/// <param name="Prefilled">Slots given at start or carried from another flow; their steps are skipped.</param>
/// <param name="Paused">The person came back after a long pause and has not yet said whether to go on.</param>
public sealed record DialogState(
    string FlowId,
    string FlowVersion,
    string StepId,
    IReadOnlyDictionary<string, SlotValue> Slots,
    IReadOnlyList<string> History,
    int Retries,
    DateTimeOffset LastActivity,
    PendingState? Pending = null,
    IReadOnlyList<string>? Prefilled = null,
    bool Paused = false)
{
    public bool IsPrefilled(string slot) => Prefilled?.Contains(slot) == true && Slots.ContainsKey(slot);

    /// <summary>Left unanswered for longer than <paramref name="span"/> (a pause, or the time drafts are kept).</summary>
    public bool IdleLongerThan(DateTimeOffset now, TimeSpan span) => now - LastActivity > span;
}

public enum PendingKind
{
    /// <summary>A screened text waits for yes/no on moving to another flow.</summary>
    ScreenConfirm,
    /// <summary>The summary's แก้ไข list of fields is showing.</summary>
    EditMenu,
    /// <summary>A field chosen from the summary is being answered; afterwards return to ReturnTo.</summary>
    Editing,
}

public sealed record PendingState(PendingKind Kind, string? Text = null, string? MessageId = null, string? ReturnTo = null);
