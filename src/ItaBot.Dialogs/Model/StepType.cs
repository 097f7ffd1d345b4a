namespace ItaBot.Dialogs;

public enum StepType
{
    Message,
    Text,
    Choice,
    Confirm,
    Rating,
    Number,
    Date,
    Location,
    Evidence,
    Summary,
    End,
}
