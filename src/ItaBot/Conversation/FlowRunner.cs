using ItaBot.Configuration;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>Starts flows and applies the engine's results: state, messages, the finished flow's action, the menu.</summary>
public sealed class FlowRunner(
    Texts texts,
    DialogStore dialogs,
    LineRenderer renderer,
    CompletionHandler completions,
    IOptions<OrganisationOptions> organisation)
{
    public async Task StartAsync(Turn turn, string flowId, IReadOnlyDictionary<string, string>? slots, Reply reply, CancellationToken ct)
    {
        var catalog = texts.Catalog;
        if (!catalog.TryFlow(flowId, out var flow))
        {
            reply.Add(texts.Message("menu.help", extra: texts.Buttons("menu.buttons")));
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
        if (result.ShowMenu)
        {
            var resume = result.State is null ? [] : new[] { new Button(ButtonKind.Postback, texts.Plain("menu.resume_label"), Postback.Resume) };
            reply.Add(texts.Message(result.State is null ? "menu.prompt" : "menu.resume_hint", extra: [.. resume, .. texts.Buttons("menu.buttons")]));
        }
    }
}
