namespace ItaBot.Line.Messaging;

/// <summary>
/// Checks LINE's documented limits (FACTS §4, §5) before sending, so a message LINE would reject with 400
/// is caught locally with a path that says where. An empty result means the batch is fine.
/// </summary>
public static class MessageValidator
{
    public const int MaxMessages = 5;
    public const int MaxTextLength = 5000;
    public const int MaxAltTextLength = 1500;
    public const int MaxQuickReplyItems = 13;

    public static IReadOnlyList<string> Validate(IReadOnlyList<Message> messages)
    {
        var problems = new Problems();
        if (messages is null)
        {
            problems.Add("messages", "required");
            return problems.Items;
        }
        problems.Count("messages", messages.Count, 1, MaxMessages);
        for (var i = 0; i < messages.Count; i++) ValidateMessage(problems, $"messages[{i}]", messages[i]);
        return problems.Items;
    }

    private static void ValidateMessage(Problems problems, string path, Message? message)
    {
        switch (message)
        {
            case null: problems.Add(path, "required"); return;
            case TextMessage t:
                problems.Required(path + ".text", t.Text);
                problems.MaxUnits(path + ".text", t.Text, MaxTextLength);
                break;
            case ImageMessage image:
                problems.HttpsUrl(path + ".originalContentUrl", image.OriginalContentUrl, 2000);
                problems.HttpsUrl(path + ".previewImageUrl", image.PreviewImageUrl, 2000);
                break;
            case LocationMessage location: ValidateLocation(problems, path, location); break;
            case StickerMessage sticker:
                problems.Required(path + ".packageId", sticker.PackageId);
                problems.Required(path + ".stickerId", sticker.StickerId);
                break;
            case TemplateMessage template:
                ValidateAltText(problems, path, template.AltText);
                TemplateValidator.Validate(problems, path + ".template", template.Template);
                break;
            case FlexMessage flex:
                ValidateAltText(problems, path, flex.AltText);
                FlexValidator.Validate(problems, path + ".contents", flex.Contents);
                break;
        }
        ValidateQuickReply(problems, path + ".quickReply", message.QuickReply);
    }

    private static void ValidateLocation(Problems problems, string path, LocationMessage location)
    {
        problems.Required(path + ".title", location.Title);
        problems.MaxUnits(path + ".title", location.Title, 100);
        problems.Required(path + ".address", location.Address);
        problems.MaxUnits(path + ".address", location.Address, 100);
        if (location.Latitude is < -90 or > 90) problems.Add(path + ".latitude", "must be between -90 and 90");
        if (location.Longitude is < -180 or > 180) problems.Add(path + ".longitude", "must be between -180 and 180");
    }

    private static void ValidateAltText(Problems problems, string path, string? altText)
    {
        problems.Required(path + ".altText", altText);
        problems.MaxUnits(path + ".altText", altText, MaxAltTextLength);
    }

    private static void ValidateQuickReply(Problems problems, string path, QuickReply? quickReply)
    {
        if (quickReply is null) return;
        var items = quickReply.Items ?? [];
        problems.Count(path + ".items", items.Count, 1, MaxQuickReplyItems);
        for (var i = 0; i < items.Count; i++)
        {
            var itemPath = $"{path}.items[{i}]";
            if (items[i] is not { } item)
            {
                problems.Add(itemPath, "required");
                continue;
            }
            if (item.ImageUrl is not null) problems.HttpsUrl(itemPath + ".imageUrl", item.ImageUrl, 2000);
            ActionValidator.Validate(problems, itemPath + ".action", item.Action, ActionPlace.QuickReply);
        }
    }
}
