using ItaBot.Configuration;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Messaging;
using ItaBot.People;
using ItaBot.Staff;
using ItaBot.Storage.Entities;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>Starts flows and applies the engine's results: state, messages, the finished flow's action, the menu.</summary>
public sealed class FlowRunner(
    Texts texts,
    DialogStore dialogs,
    LineRenderer renderer,
    CompletionHandler completions,
    LineUserDirectory users,
    StaffMenu staffMenu,
    OrganisationContact contact,
    PendingRatings ratings,
    IOptions<OrganisationOptions> organisation)
{
    public async Task StartAsync(Turn turn, string flowId, IReadOnlyDictionary<string, string>? slots, Reply reply, CancellationToken ct)
    {
        var catalog = texts.Catalog;
        if (!catalog.TryFlow(flowId, out var flow))
        {
            reply.Add(texts.Message("menu.help", contact.Values(), texts.Buttons("menu.buttons")));
            return;
        }
        if (flow.PrivateOnly && !turn.IsOneToOne)
        {
            reply.Add(texts.Message("common.private_only"));
            return;
        }
        var initial = new Dictionary<string, string>(slots ?? new Dictionary<string, string>());
        // Feedback carries the link too: an allegation typed there moves into the complaint flow and its notice.
        if (flow.HostSlots.Contains("privacy_url") || flowId == "feedback") initial["privacy_url"] = organisation.Value.PrivacyNoticeUrl;
        var result = DialogEngine.Start(catalog, flowId, turn.Now, initial);
        await ApplyAsync(turn, result, reply, ct);
    }

    public async Task ApplyAsync(Turn turn, TurnResult result, Reply reply, CancellationToken ct)
    {
        // A feedback turned into a complaint inside a group must stop there, as a complaint started there would.
        if (result.State is { } moved && !turn.IsOneToOne && texts.Catalog.TryFlow(moved.FlowId, out var flow) && flow.PrivateOnly)
        {
            await dialogs.SaveAsync(turn.Db, turn.ChatId!, null, turn.Now, ct);
            reply.Add(texts.Message("common.private_only"));
            return;
        }
        await dialogs.SaveAsync(turn.Db, turn.ChatId!, result.State, turn.Now, ct);
        reply.AddRange(renderer.Render(result.Messages));
        if (result.Completion is { } completion)
            reply.AddRange(await completions.HandleAsync(turn, completion, ct));
        // A draft that ends, sent or cancelled, frees the place a held-back rating question was waiting for. Not under
        // a new complaint's receipt: LINE shows only the last message's buttons, and the code's copy button must stay.
        if (result.State is null && result.Completion?.Action != "complaint.submit" && await ratings.TryAskAsync(turn, reply, ct)) return;
        if (result.ShowMenu) reply.Add(await MenuAsync(turn, result.State is not null, ct));
    }

    /// <summary>
    /// The menu after a flow stops or is set aside. Whether the sender is staff is read from the database now,
    /// never inferred from the flow: a staff flow outlives a revocation, and citizens may be in any flow.
    /// </summary>
    private async Task<Message> MenuAsync(Turn turn, bool canResume, CancellationToken ct)
    {
        var staff = await ActiveStaffAsync(turn, ct);
        if (!canResume)
            return staff is null ? texts.Message("menu.prompt", extra: texts.Buttons("menu.buttons")) : staffMenu.Message(staff);
        var resume = new Button(ButtonKind.Postback, texts.Plain("menu.resume_label"), Postback.Resume);
        var choices = staff is null ? texts.Buttons("menu.buttons") : staffMenu.Buttons(staff);
        return texts.Message("menu.resume_hint", extra: [resume, .. choices]);
    }

    // As everywhere else, staff get their menu only in a one-to-one chat.
    private async Task<StaffMember?> ActiveStaffAsync(Turn turn, CancellationToken ct) =>
        turn.IsOneToOne && turn.UserId is { } userId ? await StaffDirectory.ActiveAsync(turn.Db, users.Hash(userId), ct) : null;
}
