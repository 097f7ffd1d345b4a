namespace ItaBot.Dialogs;

public sealed class StepDefinition
{
    public required string Id { get; init; }
    public required StepType Type { get; init; }
    public string Say { get; init; } = "";
    public string? Hint { get; init; }
    public string? Label { get; init; }
    public string? Next { get; init; }
    public StepCondition? When { get; init; }
    public bool Optional { get; init; }
    /// <summary>Text sent after this answer that the next question cannot take is added to this answer.</summary>
    public bool More { get; init; }
    public int MinLength { get; init; } = 1;
    public int MaxLength { get; init; } = 2000;
    public string? Validate { get; init; }
    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public string? YesLabel { get; init; }
    public string? NoLabel { get; init; }
    public string? NextYes { get; init; }
    public string? NextNo { get; init; }
    public int? Min { get; init; }
    public int? Max { get; init; }
    public int MaxItems { get; init; } = 10;
    /// <summary>An evidence step that takes images only: no place button, and videos, files or places are refused.</summary>
    public bool PhotosOnly { get; init; }
    public ScreenRule? Screen { get; init; }
    public string? Action { get; init; }
    public IReadOnlyList<string>? Fields { get; init; }

    public bool Asks => Type is not (StepType.Message or StepType.End);

    public bool IsActive(IReadOnlyDictionary<string, SlotValue> slots) => When?.Holds(slots) ?? true;
}
