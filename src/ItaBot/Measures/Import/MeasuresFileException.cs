namespace ItaBot.Measures.Import;

/// <summary>A measures file that cannot be imported; the message names the file, the measure/activity and the field.</summary>
public sealed class MeasuresFileException : Exception
{
    public MeasuresFileException(string message)
        : base(message)
    {
    }

    public MeasuresFileException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
