using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

/// <summary>An outgoing message; the <c>type</c> discriminator is written by the serializer.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextMessage), "text")]
[JsonDerivedType(typeof(ImageMessage), "image")]
[JsonDerivedType(typeof(LocationMessage), "location")]
[JsonDerivedType(typeof(StickerMessage), "sticker")]
[JsonDerivedType(typeof(TemplateMessage), "template")]
[JsonDerivedType(typeof(FlexMessage), "flex")]
public abstract class Message
{
    /// <summary>LINE shows quick replies only for the last message of a batch.</summary>
    [JsonPropertyOrder(100)]
    public QuickReply? QuickReply { get; set; }
}
