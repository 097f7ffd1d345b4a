using ItaBot.Dialogs;
using ItaBot.Line.Webhook;

namespace ItaBot.Conversation;

/// <summary>What the person did, in the dialog engine's terms; null for events that are not input.</summary>
public static class InputMapper
{
    public static UserInput? From(WebhookEvent e)
    {
        if (e.Postback is { } p) return new PostbackInput(p.Data ?? "", p.Params);
        if (e.Message is not { } m) return null;
        return m.Type switch
        {
            MessageTypes.Text => new TextInput(m.Text ?? "", m.Id),
            MessageTypes.Image or MessageTypes.Video or MessageTypes.Audio or MessageTypes.File =>
                new MediaInput(m.Type, m.Id, m.FileName, m.ImageSet?.Index, m.ImageSet?.Total, m.FileSize),
            MessageTypes.Location => new LocationInput(m.Latitude ?? 0, m.Longitude ?? 0, m.Title, m.Address, m.Id),
            _ => new StickerInput(),
        };
    }

    public static string? TextOf(UserInput? input) => input switch
    {
        TextInput t => t.Text.Trim(),
        _ => null,
    };
}
