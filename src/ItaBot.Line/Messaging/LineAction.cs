using System.Text.Json.Serialization;

namespace ItaBot.Line.Messaging;

[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(PostbackAction), "postback")]
[JsonDerivedType(typeof(MessageAction), "message")]
[JsonDerivedType(typeof(UriAction), "uri")]
[JsonDerivedType(typeof(DatetimePickerAction), "datetimepicker")]
[JsonDerivedType(typeof(CameraAction), "camera")]
[JsonDerivedType(typeof(CameraRollAction), "cameraRoll")]
[JsonDerivedType(typeof(LocationAction), "location")]
[JsonDerivedType(typeof(ClipboardAction), "clipboard")]
public abstract class LineAction(string? label)
{
    /// <summary>Counted in grapheme clusters by LINE (see <see cref="LineText"/>).</summary>
    public string? Label { get; } = label;
}
