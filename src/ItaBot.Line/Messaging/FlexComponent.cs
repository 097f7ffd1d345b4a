using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(FlexBox), "box")]
[JsonDerivedType(typeof(FlexText), "text")]
[JsonDerivedType(typeof(FlexButton), "button")]
[JsonDerivedType(typeof(FlexSeparator), "separator")]
[JsonDerivedType(typeof(FlexImage), "image")]
public abstract class FlexComponent;
