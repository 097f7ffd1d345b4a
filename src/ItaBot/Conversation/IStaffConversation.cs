using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Storage.Entities;

namespace ItaBot.Conversation;

/// <summary>The staff side of the chat. Returns false when the input is not a staff matter.</summary>
public interface IStaffConversation
{
    Task<bool> TryHandleAsync(Turn turn, StaffMember? staff, UserInput input, Reply reply, CancellationToken ct);

    /// <summary>The staff menu shown instead of the citizen menu to enrolled staff.</summary>
    Task AddMenuAsync(Turn turn, StaffMember staff, Reply reply, CancellationToken ct);
}
