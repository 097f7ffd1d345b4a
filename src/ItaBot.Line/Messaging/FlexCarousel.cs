using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>At most 12 bubbles of the same size, 50 KB of JSON in all.</summary>
public sealed class FlexCarousel(List<FlexBubble> contents) : FlexContainer
{
    [JsonConverter(typeof(AsBaseTypeListConverter<FlexContainer, FlexBubble>))]
    public List<FlexBubble> Contents { get; } = contents;
}
