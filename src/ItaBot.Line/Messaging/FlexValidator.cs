namespace ItaBot.Line.Messaging;

/// <summary>FACTS §4 Flex limits: JSON size per bubble and carousel, bubble count and size, plus every action inside.</summary>
internal static class FlexValidator
{
    // LINE says "30 KB" / "50 KB" without defining a kilobyte; decimal is the stricter reading.
    public const int MaxBubbleBytes = 30_000;
    public const int MaxCarouselBytes = 50_000;
    public const int MaxBubbles = 12;

    public static void Validate(Problems problems, string path, FlexContainer? container)
    {
        switch (container)
        {
            case null: problems.Add(path, "required"); break;
            case FlexBubble bubble: Bubble(problems, path, bubble); break;
            case FlexCarousel carousel: Carousel(problems, path, carousel); break;
        }
    }

    private static void Carousel(Problems problems, string path, FlexCarousel carousel)
    {
        var bubbles = carousel.Contents ?? [];
        problems.Count(path + ".contents", bubbles.Count, 1, MaxBubbles);
        var size = LineJson.Utf8Size(carousel);
        if (size > MaxCarouselBytes) problems.Add(path, $"{size} bytes of JSON > {MaxCarouselBytes}");
        if (bubbles.Select(b => b?.Size ?? "mega").Distinct().Count() > 1)
            problems.Add(path + ".contents", "all bubbles in a carousel must have the same size");
        for (var i = 0; i < bubbles.Count; i++)
        {
            if (bubbles[i] is { } bubble) Bubble(problems, $"{path}.contents[{i}]", bubble);
            else problems.Add($"{path}.contents[{i}]", "required");
        }
    }

    private static void Bubble(Problems problems, string path, FlexBubble bubble)
    {
        var size = LineJson.Utf8Size(bubble);
        if (size > MaxBubbleBytes) problems.Add(path, $"{size} bytes of JSON > {MaxBubbleBytes}");
        Component(problems, path + ".header", bubble.Header);
        Component(problems, path + ".hero", bubble.Hero);
        Component(problems, path + ".body", bubble.Body);
        Component(problems, path + ".footer", bubble.Footer);
    }

    private static void Component(Problems problems, string path, FlexComponent? component)
    {
        switch (component)
        {
            case null: return;
            case FlexBox box:
                OptionalAction(problems, path, box.Action);
                var contents = box.Contents ?? [];
                for (var i = 0; i < contents.Count; i++) Component(problems, $"{path}.contents[{i}]", contents[i]);
                break;
            case FlexText text:
                problems.Required(path + ".text", text.Text);
                OptionalAction(problems, path, text.Action);
                break;
            case FlexImage image:
                problems.HttpsUrl(path + ".url", image.Url, 2000);
                OptionalAction(problems, path, image.Action);
                break;
            case FlexButton button:
                ActionValidator.Validate(problems, path + ".action", button.Action, ActionPlace.FlexButton);
                break;
        }
    }

    private static void OptionalAction(Problems problems, string path, LineAction? action)
    {
        if (action is not null) ActionValidator.Validate(problems, path + ".action", action, ActionPlace.FlexOther);
    }
}
