using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Dialogs;

/// <summary>
/// A flow's version: a hash of what a saved conversation depends on (its steps, their order, branches, conditions
/// and answer rules), not of its wording. A clerk correcting a question or a button label leaves every draft in
/// progress as it is; only a change in the steps restarts them.
/// </summary>
internal static class FlowShape
{
    public static string Version(string flowId, IReadOnlyList<StepDefinition> steps)
    {
        var shape = new StringBuilder(flowId);
        foreach (var s in steps)
        {
            shape.Append('\n').AppendJoin('|', s.Id, s.Type, s.Next, s.NextYes, s.NextNo, s.When?.Slot, s.When?.EqualsValue,
                s.When?.NotEqualsValue, s.Optional, s.More, s.PhotosOnly, s.MinLength, s.MaxLength, s.Validate, s.Min, s.Max,
                s.MaxItems, s.Action, s.Screen?.ToFlow, s.Screen?.CarryTo, string.Join(',', s.Fields ?? []));
            foreach (var option in s.Options)
                shape.Append("|option:").Append(option.Value).Append('>').Append(option.Next);
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(shape.ToString())))[..16].ToLowerInvariant();
    }
}
