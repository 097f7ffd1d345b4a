using ItaBot.Dialogs;

namespace ItaBot.Staff.Cases;

public static class FlowSlots
{
    public static string? Value(FlowCompletion completion, string key) =>
        completion.Slots.TryGetValue(key, out var v) && !string.IsNullOrWhiteSpace(v.Value) ? v.Value.Trim() : null;

    public static long? Id(FlowCompletion completion, string key) =>
        long.TryParse(Value(completion, key), out var id) ? id : null;
}
