namespace ItaBot.Dialogs;

public sealed class DialogValidationException : Exception
{
    public DialogValidationException(IReadOnlyList<string> errors)
        : base("Dialog files are invalid:" + Environment.NewLine + string.Join(Environment.NewLine, errors)) =>
        Errors = errors;

    public IReadOnlyList<string> Errors { get; }
}
