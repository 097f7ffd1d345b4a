using System.Text;
using ItaBot.LineEmulator.State;

namespace ItaBot.LineEmulator;

public sealed partial class LineEmulatorServer
{
    public IReadOnlyList<ApiCall> Calls => core.Calls.Snapshot();

    /// <summary>Messages a user would have seen twice (same message again with no new action of theirs in between).</summary>
    public int DuplicateDeliveries => core.Mailbox.Duplicates;

    public IReadOnlyList<(string UserId, string DisplayName)> Users => core.Users.Users();

    /// <summary>Everything that reached this user (or group) via reply, push or multicast, in order.</summary>
    public IReadOnlyList<DeliveredMessage> MessagesTo(string userId) => core.Mailbox.To(userId);

    /// <summary>Every message delivered to anyone since the start (or the last reset).</summary>
    public int DeliveredMessageCount => core.Mailbox.Total;

    /// <summary>Waits (wall clock) until at least <paramref name="count"/> messages reached the user.</summary>
    /// <exception cref="TimeoutException">Lists what did arrive.</exception>
    public async Task<IReadOnlyList<DeliveredMessage>> WaitForMessagesAsync(string userId, int count, TimeSpan timeout, CancellationToken ct = default)
    {
        var deadline = TimeProvider.System.GetUtcNow() + timeout;
        while (true)
        {
            var pulse = core.Signal.Next;
            var messages = MessagesTo(userId);
            if (messages.Count >= count)
            {
                return messages;
            }

            if (!await ChangeSignal.WaitAsync(pulse, deadline, TimeProvider.System, ct))
            {
                throw new TimeoutException(DescribeShortfall(userId, count, timeout, MessagesTo(userId)));
            }
        }
    }

    /// <summary>The ids of the rich menus the account holds (created and not deleted).</summary>
    public IReadOnlyList<string> RichMenuIds => core.RichMenus.MenuIds();

    /// <summary>Adds a user the bot may push to (as if they had added the bot), optionally with a display name.</summary>
    public string AddUser(string? displayName = null, string? userId = null)
    {
        var id = userId ?? Ids.UserId();
        core.Users.KnowUser(id, displayName);
        return id;
    }

    /// <summary>Pushes to this user answer 400 "Failed to send messages", as for users who cannot receive.</summary>
    public void BlockUser(string userId) => core.Users.Block(userId);

    /// <summary>Forgets what was observed (messages, calls, duplicates, retry keys), faults and blocks; users, tokens and content stay.</summary>
    public void Reset()
    {
        core.Mailbox.Clear();
        core.Transcript.Clear();
        core.Calls.Clear();
        core.RetryKeys.Clear();
        core.Faults.Clear();
        core.Users.ClearBlocks();
    }

    private static string DescribeShortfall(string userId, int count, TimeSpan timeout, IReadOnlyList<DeliveredMessage> arrived)
    {
        var text = new StringBuilder()
            .Append($"Expected at least {count} message(s) to {userId} within {timeout.TotalSeconds:0.###} s, but {arrived.Count} arrived");
        text.Append(arrived.Count == 0 ? "." : ":");
        foreach (var message in arrived)
        {
            text.Append($"\n  [{message.Via}] {message.Type}: {message.Text ?? message.Message.ToJsonString()}");
        }

        return text.ToString();
    }
}
