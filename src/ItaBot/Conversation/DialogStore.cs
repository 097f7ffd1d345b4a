using ItaBot.Dialogs;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Conversation;

/// <summary>A person's place in a flow; encrypted, because a draft holds what they have typed so far.</summary>
public sealed class DialogStore(FieldCipher cipher, BlindIndex index)
{
    private const string Purpose = "dialog.state";

    /// <summary>
    /// A row with an empty state is the mark RetentionPurge leaves where it deleted a draft: the chat key and when,
    /// nothing the person typed, so that they can be told at their next message why their draft is gone.
    /// </summary>
    public Task<StoredDialog> ReadAsync(ItaBotDb db, string chatId, CancellationToken ct)
    {
        var row = TurnReads.DialogByKey(db, index.Chat(chatId));
        return Task.FromResult(row is null ? StoredDialog.None
            : row.State.Length == 0 ? StoredDialog.RemovedByPurge
            : new StoredDialog(Open(row.State), false));
    }

    /// <summary>
    /// A stored draft read outside a turn (the retention purge), or null when it cannot be read: a key no longer in
    /// the ring, a row this store did not write, or one damaged. Such a draft cannot be resumed either, and is deleted all the same.
    /// </summary>
    public DialogState? TryOpen(byte[] sealedState)
    {
        try
        {
            return Open(sealedState);
        }
        // Anything at all: one malformed old draft must not roll back the whole nightly purge and stop retention.
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private DialogState Open(byte[] sealedState) => DialogStateJson.Deserialize(cipher.DecryptText(sealedState, Purpose));

    public async Task<DialogState?> LoadAsync(ItaBotDb db, string chatId, CancellationToken ct) => (await ReadAsync(db, chatId, ct)).State;

    public async Task SaveAsync(ItaBotDb db, string chatId, DialogState? state, DateTimeOffset now, CancellationToken ct)
    {
        var key = index.Chat(chatId);
        var row = await db.DialogStates.FindAsync([key], ct);
        if (state is null)
        {
            if (row is not null) db.DialogStates.Remove(row);
            return;
        }
        var sealedState = cipher.EncryptText(DialogStateJson.Serialize(state), Purpose);
        if (row is null) db.DialogStates.Add(new DialogStateRow { ChatKey = key, State = sealedState, UpdatedAt = now.ToUnixTimeMilliseconds() });
        else
        {
            row.State = sealedState;
            row.UpdatedAt = now.ToUnixTimeMilliseconds();
            // Ended and started again in one turn (a flow ends, a held-back rating question starts): keep the row.
            if (db.Entry(row).State == EntityState.Deleted) db.Entry(row).State = EntityState.Modified;
        }
    }
}
