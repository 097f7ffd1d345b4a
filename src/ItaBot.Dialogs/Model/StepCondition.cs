namespace ItaBot.Dialogs;

/// <summary>A step runs only when the slot equals (or does not equal) a value.</summary>
public sealed record StepCondition(string Slot, string? EqualsValue, string? NotEqualsValue)
{
    public bool Holds(IReadOnlyDictionary<string, SlotValue> slots)
    {
        var actual = slots.TryGetValue(Slot, out var value) ? value.Value : null;
        if (EqualsValue is not null)
            return actual == EqualsValue;
        return actual != NotEqualsValue;
    }
}
