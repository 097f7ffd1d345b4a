namespace ItaBot.Line.Messaging;

/// <summary>FACTS §4 template limits; titles and texts count graphemes.</summary>
internal static class TemplateValidator
{
    public static void Validate(Problems problems, string path, Template? template)
    {
        switch (template)
        {
            case null: problems.Add(path, "required"); break;
            case ButtonsTemplate b: Buttons(problems, path, b); break;
            case ConfirmTemplate c: Confirm(problems, path, c); break;
            case CarouselTemplate c: Carousel(problems, path, c); break;
        }
    }

    private static void Buttons(Problems problems, string path, ButtonsTemplate b)
    {
        problems.MaxGraphemes(path + ".title", b.Title, 40);
        problems.Required(path + ".text", b.Text);
        problems.MaxGraphemes(path + ".text", b.Text, b.Title is null && b.ThumbnailImageUrl is null ? 160 : 60);
        if (b.ThumbnailImageUrl is not null) problems.HttpsUrl(path + ".thumbnailImageUrl", b.ThumbnailImageUrl, 2000);
        if (b.DefaultAction is not null) ActionValidator.Validate(problems, path + ".defaultAction", b.DefaultAction, ActionPlace.Template);
        Actions(problems, path, b.Actions, 1, 4);
    }

    private static void Confirm(Problems problems, string path, ConfirmTemplate c)
    {
        problems.Required(path + ".text", c.Text);
        problems.MaxGraphemes(path + ".text", c.Text, 240);
        Actions(problems, path, c.Actions, 2, 2);
    }

    private static void Carousel(Problems problems, string path, CarouselTemplate c)
    {
        var columns = c.Columns ?? [];
        problems.Count(path + ".columns", columns.Count, 1, 10);
        for (var i = 0; i < columns.Count; i++) Column(problems, $"{path}.columns[{i}]", columns[i]);
        if (columns.Select(col => col?.Actions?.Count ?? 0).Distinct().Count() > 1)
            problems.Add(path + ".columns", "every column must have the same number of actions");
    }

    private static void Column(Problems problems, string path, CarouselColumn? column)
    {
        if (column is null)
        {
            problems.Add(path, "required");
            return;
        }
        problems.MaxGraphemes(path + ".title", column.Title, 40);
        problems.Required(path + ".text", column.Text);
        problems.MaxGraphemes(path + ".text", column.Text, column.Title is null && column.ThumbnailImageUrl is null ? 120 : 60);
        if (column.ThumbnailImageUrl is not null) problems.HttpsUrl(path + ".thumbnailImageUrl", column.ThumbnailImageUrl, 2000);
        if (column.DefaultAction is not null) ActionValidator.Validate(problems, path + ".defaultAction", column.DefaultAction, ActionPlace.Template);
        Actions(problems, path, column.Actions, 1, 3);
    }

    private static void Actions(Problems problems, string path, List<LineAction>? actions, int min, int max)
    {
        actions ??= [];
        problems.Count(path + ".actions", actions.Count, min, max);
        for (var i = 0; i < actions.Count; i++)
            ActionValidator.Validate(problems, $"{path}.actions[{i}]", actions[i], ActionPlace.Template);
    }
}
