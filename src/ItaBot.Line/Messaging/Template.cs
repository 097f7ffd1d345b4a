using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ButtonsTemplate), "buttons")]
[JsonDerivedType(typeof(ConfirmTemplate), "confirm")]
[JsonDerivedType(typeof(CarouselTemplate), "carousel")]
public abstract class Template;
