using ItaBot.Configuration;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Webhook;
using ItaBot.Outbox;
using ItaBot.People;
using ItaBot.Staff;
using ItaBot.Storage.Entities;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>
/// Routes one event: staff matters to the staff side, a person inside a flow to the dialog engine, menu words to
/// the flows, anything else to a short help with the menu. Whatever it decides is written as one reply.
/// </summary>
public sealed class ConversationHandler(
    Texts texts,
    DialogStore dialogs,
    LineUserDirectory users,
    FlowRunner flows,
    IStaffConversation staffSide,
    OutboxComposer outbox,
    IOptions<DialogOptionsSection> dialogOptions,
    DraftLifetime lifetime,
    OrganisationContact organisation,
    PendingRatings ratings,
    IOptions<StorageOptions> storage) : ITurnHandler
{
    // Outside a flow, cancelling or asking for help can only mean "show me the choices".
    private static readonly string[] MenuWordKeys = ["engine.word.menu", "engine.word.help", "engine.label.cancel"];
    private const string FlowPrefix = "flow:";
    private const string ReplacePrefix = "flow!:";
    // The draft-deleted notice: with "start again from the menu" when the menu follows, without it when something starts.
    private const string RemovedThenMenu = "common.expired";
    private const string RemovedThenNext = "common.expired_then_next";

    public async Task HandleAsync(Turn turn, CancellationToken ct)
    {
        var reply = new Reply();
        StaffMember? staff = null;
        if (turn.UserId is { } userId)
        {
            await users.TouchAsync(turn.Db, userId, turn.Now, ct);
            staff = await StaffDirectory.ActiveAsync(turn.Db, users.Hash(userId), ct);
        }
        switch (turn.Event.Type)
        {
            case WebhookEventTypes.Follow:
                await AddMenuAsync(turn, staff, reply, "menu.greeting", ct);
                break;
            case WebhookEventTypes.Unfollow when turn.UserId is not null:
                await users.MarkBlockedAsync(turn.Db, turn.UserId, ct);
                break;
            case WebhookEventTypes.Join or WebhookEventTypes.MemberJoined:
                reply.Add(texts.Message("common.private_only"));
                break;
            case WebhookEventTypes.Unsend:
                await ForgetUnsentAsync(turn, ct);
                break;
            case WebhookEventTypes.Message or WebhookEventTypes.Postback:
                await OnInputAsync(turn, staff, reply, ct);
                break;
        }
        Send(turn, reply);
    }

    public void Apologise(Turn turn) => Send(turn, new Reply().Add(texts.Message("common.error", extra: texts.Buttons("menu.buttons"))));

    private async Task OnInputAsync(Turn turn, StaffMember? staff, Reply reply, CancellationToken ct)
    {
        var input = InputMapper.From(turn.Event);
        if (input is null || turn.ChatId is null) return;
        if (await staffSide.TryHandleAsync(turn, staff, input, reply, ct)) return;

        var (state, gone) = KeptOrGone(turn, await dialogs.ReadAsync(turn.Db, turn.ChatId, ct));
        if (MenuChoice(input) is var (flowId, confirmed) && flowId is not null)
        {
            // One stray tap on the menu must not throw away a half-told complaint, however long ago it was left: ask first.
            if (state is not null && !confirmed && state.History.Count > 0)
            {
                reply.Add(ReplaceQuestion(state, flowId));
                return;
            }
            if (state is not null) reply.Add(texts.Message("menu.replaced"));
            // The tapped item starts right below, so the notice must not send them to the menu for it.
            else if (gone) reply.Add(Removed(RemovedThenNext));
            // The new flow's state takes the place of the old draft or of the purge's mark.
            await flows.StartAsync(turn, flowId, null, reply, ct);
            return;
        }
        if (state is not null)
        {
            var result = DialogEngine.Continue(texts.Catalog, state, input, turn.Now, Options());
            await flows.ApplyAsync(turn, result, reply, ct);
            return;
        }
        if (gone)
        {
            // Whatever they sent was meant for the draft; the notice, not "not understood", is the answer to it.
            await dialogs.SaveAsync(turn.Db, turn.ChatId, null, turn.Now, ct);
            await RemovedThenRatingOrMenuAsync(turn, staff, reply, ct);
            return;
        }
        if (AsksForMenu(input))
        {
            await RatingOrMenuAsync(turn, staff, reply, "menu.prompt", ct);
            return;
        }
        // In a group the bot only answers what is addressed to it; members talking among themselves get no help text.
        if (turn.IsOneToOne) await RatingOrMenuAsync(turn, staff, reply, "menu.help", ct);
    }

    /// <summary>
    /// A draft past the time drafts are kept is as gone as one the purge deleted (tonight's purge would): it is not
    /// continued but reported. A rating question it held goes back to waiting on its case, so it is not lost with it.
    /// </summary>
    private (DialogState? Kept, bool Gone) KeptOrGone(Turn turn, StoredDialog stored)
    {
        if (stored.State is not { } draft || lifetime.Keeps(draft, turn.Now)) return (stored.State, stored.Removed);
        PendingRatings.Requeue(turn.Db, draft, turn.Now);
        return (null, true);
    }

    /// <summary>
    /// The notice that the draft is gone, then a rating question waiting (perhaps the one that was in that draft) or
    /// the menu. The notice says to start again from the menu only when the menu is what follows it.
    /// </summary>
    private async Task RemovedThenRatingOrMenuAsync(Turn turn, StaffMember? staff, Reply reply, CancellationToken ct)
    {
        var rating = new Reply();
        var asked = await ratings.TryAskAsync(turn, rating, ct);
        reply.Add(Removed(asked ? RemovedThenNext : RemovedThenMenu));
        if (asked) reply.AddRange(rating.Messages);
        else await AddMenuAsync(turn, staff, reply, "menu.prompt", ct);
    }

    /// <summary>
    /// A person with no draft who would get the menu is asked a rating question held back at closing instead, if
    /// one waits: its buttons are what they can answer, and the menu is one tap away (ยกเลิก).
    /// </summary>
    private async Task RatingOrMenuAsync(Turn turn, StaffMember? staff, Reply reply, string key, CancellationToken ct)
    {
        if (await ratings.TryAskAsync(turn, reply, ct)) return;
        await AddMenuAsync(turn, staff, reply, key, ct);
    }

    private bool AsksForMenu(UserInput input) => input switch
    {
        PostbackInput { Data: Postback.Resume } => true,
        PostbackInput p => Postback.TryParse(p.Data, out _, out _, out var value) && value == Postback.Cancel,
        _ => InputMapper.TextOf(input) is { } typed && MenuWordKeys.Any(k => texts.Plain(k) == typed),
    };

    public async Task AddMenuAsync(Turn turn, StaffMember? staff, Reply reply, string key, CancellationToken ct)
    {
        if (staff is not null && turn.IsOneToOne)
        {
            await staffSide.AddMenuAsync(turn, staff, reply, ct);
            return;
        }
        reply.Add(texts.Message(key, organisation.Values(), texts.Buttons("menu.buttons")));
    }

    private async Task ForgetUnsentAsync(Turn turn, CancellationToken ct)
    {
        if (turn.ChatId is null || turn.Event.Unsend?.MessageId is not { } messageId) return;
        var state = await dialogs.LoadAsync(turn.Db, turn.ChatId, ct);
        if (state is not null) await dialogs.SaveAsync(turn.Db, turn.ChatId, DialogEngine.RemoveMessage(state, messageId), turn.Now, ct);
    }

    /// <summary>The flow a menu button (or its label typed) asks for; Confirmed when it is the answer to <see cref="ReplaceQuestion"/>.</summary>
    private (string? FlowId, bool Confirmed) MenuChoice(UserInput input)
    {
        var buttons = texts.Buttons("menu.buttons");
        var data = input switch
        {
            PostbackInput p => p.Data,
            TextInput t => buttons.FirstOrDefault(b => b.Label == t.Text.Trim())?.Data,
            _ => null,
        };
        if (data is null) return (null, false);
        if (data.StartsWith(ReplacePrefix, StringComparison.Ordinal)) return (data[ReplacePrefix.Length..], true);
        return data.StartsWith(FlowPrefix, StringComparison.Ordinal) ? (data[FlowPrefix.Length..], false) : (null, false);
    }

    private ItaBot.Line.Messaging.Message ReplaceQuestion(DialogState draft, string flowId)
    {
        var catalog = texts.Catalog;
        var current = catalog.TryFlow(draft.FlowId, out var flow) ? flow.Title : draft.FlowId;
        var next = catalog.TryFlow(flowId, out var chosen) ? chosen.Title : flowId;
        return texts.Message("menu.replace_confirm", Texts.Values(("current", current), ("next", next)),
        [
            new Button(ButtonKind.Postback, texts.Plain("menu.resume_label"), Postback.Resume),
            new Button(ButtonKind.Postback, texts.Plain("menu.replace_label"), ReplacePrefix + flowId),
        ]);
    }

    /// <summary>A draft past the time drafts are kept is gone, deleted or about to be: said plainly.</summary>
    private ItaBot.Line.Messaging.Message Removed(string key) =>
        texts.Message(key, Texts.Values(("days", lifetime.KeptDays.ToString())));

    private DialogOptions Options() => new()
    {
        PauseAfter = lifetime.PauseAfter,
        KeepFor = lifetime.KeepFor,
        MaxRetries = dialogOptions.Value.MaxRetries,
        // Refused while the person is still there to hear it, rather than found out by the fetcher later.
        MaxFileBytes = storage.Value.MaxEvidenceBytes,
    };

    private void Send(Turn turn, Reply reply)
    {
        if (reply.Messages.Count == 0 || turn.ChatId is null) return;
        outbox.Reply(turn.Db, turn.ChatId, turn.Event.ReplyToken, turn.ReceivedAt, reply.Messages, "reply." + turn.Event.Type,
            turn.Event.WebhookEventId, turn.Now);
    }
}
