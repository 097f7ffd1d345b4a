using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff;

/// <summary>
/// One area of staff work in chat (cases, feedback, measures, admin). The staff conversation has already checked
/// that the sender is an active staff member in a 1:1 chat; each feature checks the role its action needs and refuses
/// through <see cref="StaffRefusal"/>, the one refusal of every staff action.
/// </summary>
public interface IStaffFeature
{
    /// <summary>True for the postback actions (the word after "s|") and typed words this feature answers.</summary>
    bool Owns(string? action, string? word);

    Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct);
}

/// <summary>A staff member's tap or word: Parts is the postback data split on '|' (Parts[1] is the action).</summary>
public sealed record StaffRequest(Turn Turn, StaffMember Staff, UserInput Input, string? Word, IReadOnlyList<string> Parts)
{
    public string? Action => Parts.Count > 1 ? Parts[1] : null;

    public long? Id => Parts.Count > 2 && long.TryParse(Parts[2], out var id) ? id : null;
}
