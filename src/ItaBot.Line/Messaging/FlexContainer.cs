using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FlexBubble), "bubble")]
[JsonDerivedType(typeof(FlexCarousel), "carousel")]
public abstract class FlexContainer;
