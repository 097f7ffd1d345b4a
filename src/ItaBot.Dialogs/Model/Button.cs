namespace ItaBot.Dialogs;

public enum ButtonKind
{
    Postback,
    Camera,
    CameraRoll,
    Location,
    DatePicker,
}

/// <summary>Postback and DatePicker buttons carry Data; the host adds mode=date and max=today to a DatePicker.</summary>
public sealed record Button(ButtonKind Kind, string Label, string? Data);
