using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>A Flex bubble; keep its JSON under 30 KB (checked by <see cref="MessageValidator"/>).</summary>
public sealed class FlexBubble : FlexContainer
{
    /// <summary>nano, micro, deca, hecto, kilo, mega (LINE's default) or giga.</summary>
    public string? Size { get; init; }
    [JsonConverter(typeof(AsBaseTypeConverter<FlexComponent, FlexBox>))]
    public FlexBox? Header { get; init; }
    public FlexComponent? Hero { get; init; }
    [JsonConverter(typeof(AsBaseTypeConverter<FlexComponent, FlexBox>))]
    public FlexBox? Body { get; init; }
    [JsonConverter(typeof(AsBaseTypeConverter<FlexComponent, FlexBox>))]
    public FlexBox? Footer { get; init; }

    /// <summary>Block styles as LINE's raw JSON (header/hero/body/footer → backgroundColor, separator).</summary>
    public JsonObject? Styles { get; init; }
}
