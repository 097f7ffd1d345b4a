namespace ItaBot.Dialogs;

internal abstract record StepAnswer;

/// <param name="Next">Overrides the step's default next (choice option or confirm branch).</param>
/// <param name="Ack">A short acknowledgement said before moving on.</param>
internal sealed record Answered(SlotValue Value, string? Next = null, string? Ack = null) : StepAnswer;

/// <summary>An evidence item was kept and the step stays open; Reply is false inside an unfinished image set.</summary>
internal sealed record Collected(SlotValue Value, bool Reply) : StepAnswer;

internal sealed record Screened(string Text, string? MessageId) : StepAnswer;

internal sealed record Rejected : StepAnswer;

/// <summary>A file larger than the bot accepts: it is not kept, the person is told why, and the step stays open.</summary>
internal sealed record TooLarge : StepAnswer;
