namespace ItaBot.Line.Messaging;

/// <summary>Values are local wall-clock strings with no time zone: date <c>yyyy-MM-dd</c>, time <c>HH:mm</c>, datetime <c>yyyy-MM-ddTHH:mm</c>.</summary>
public sealed class DatetimePickerAction(string? label, string data, string mode, string? initial = null, string? min = null, string? max = null)
    : LineAction(label)
{
    public string Data { get; } = data;
    public string Mode { get; } = mode;
    public string? Initial { get; } = initial;
    public string? Min { get; } = min;
    public string? Max { get; } = max;
}
