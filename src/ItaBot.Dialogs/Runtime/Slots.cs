namespace ItaBot.Dialogs;

internal static class Slots
{
    public static IReadOnlyDictionary<string, SlotValue> With(IReadOnlyDictionary<string, SlotValue> slots, string key, SlotValue value) =>
        new Dictionary<string, SlotValue>(slots) { [key] = value };

    public static IReadOnlyDictionary<string, SlotValue> Without(IReadOnlyDictionary<string, SlotValue> slots, IEnumerable<string> keys)
    {
        var copy = new Dictionary<string, SlotValue>(slots);
        foreach (var key in keys)
            copy.Remove(key);
        return copy;
    }
}
