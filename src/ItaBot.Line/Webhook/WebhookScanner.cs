using System.Text.Json;
using System.Text.Unicode;

namespace ItaBot.Line.Webhook;

/// <summary>
/// One forward pass over a webhook body: decides whether it is acceptable and reads, per event, only what the inbox
/// stores beside the event's bytes. Building every event in full (what <see cref="WebhookParser"/> does, when the
/// turn runs) took longer than storing it, on the path that must answer LINE at once.
/// The body must be UTF-8 and every string must decode: a body that cannot be read in full is refused, not stored.
/// A property the bot reads that appears twice in one object is refused too, since readers disagree on which wins.
/// </summary>
public static class WebhookScanner
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 64 };

    public static WebhookScan Scan(ReadOnlySpan<byte> body)
    {
        if (body.IsEmpty) return WebhookScan.Invalid("empty body");
        if (!Utf8.IsValid(body)) return WebhookScan.Invalid("body is not valid UTF-8");
        var reader = new Utf8JsonReader(body, Options);
        try
        {
            string? shapeError = null;
            List<ScannedEvent>? events = null;
            if (!reader.Read()) return WebhookScan.Invalid("body is not valid JSON");
            if (reader.TokenType == JsonTokenType.StartObject) events = ReadEnvelope(ref reader, ref shapeError);
            else
            {
                shapeError = "body is not a JSON object";
                SkipValue(ref reader);
            }
            // The whole body is read before any shape error is reported: JSON that is broken further on is broken.
            if (reader.Read()) return WebhookScan.Invalid("body is not valid JSON");
            if (shapeError is not null) return WebhookScan.Invalid(shapeError);
            return events is null ? WebhookScan.Invalid("events is missing or not an array") : WebhookScan.Valid(events);
        }
        catch (JsonException) { return WebhookScan.Invalid("body is not valid JSON"); }
        catch (InvalidOperationException) { return WebhookScan.Invalid("body could not be read"); }
    }

    private static List<ScannedEvent>? ReadEnvelope(ref Utf8JsonReader reader, ref string? error)
    {
        List<ScannedEvent>? events = null;
        var seen = false;
        while (NextProperty(ref reader))
        {
            if (!reader.ValueTextEquals("events"u8))
            {
                reader.Read();
                SkipValue(ref reader);
                continue;
            }
            if (seen) error ??= "events appears twice";
            seen = true;
            reader.Read();
            if (reader.TokenType == JsonTokenType.StartArray) events = ReadEvents(ref reader, ref error);
            else
            {
                error ??= "events is missing or not an array";
                SkipValue(ref reader);
            }
        }
        return events;
    }

    private static List<ScannedEvent> ReadEvents(ref Utf8JsonReader reader, ref string? error)
    {
        var events = new List<ScannedEvent>();
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                error ??= $"events[{index}] is not an object";
                SkipValue(ref reader);
                continue;
            }
            var start = checked((int)reader.TokenStartIndex);
            var fields = new EventFields();
            ReadEvent(ref reader, ref fields);
            if (fields.Repeated is { } name) error ??= $"events[{index}].{name} appears twice";
            if (fields.Type is null) error ??= $"events[{index}].type is missing or not a string";
            else events.Add(new ScannedEvent(fields.Type, fields.WebhookEventId, fields.Timestamp, fields.Mode == "standby",
                fields.GroupId ?? fields.RoomId ?? fields.UserId, start..checked((int)reader.BytesConsumed)));
        }
        return events;
    }

    private static void ReadEvent(ref Utf8JsonReader reader, ref EventFields fields)
    {
        var seen = Seen.None;
        while (NextProperty(ref reader))
        {
            var field = reader.ValueTextEquals("type"u8) ? Seen.Type
                : reader.ValueTextEquals("timestamp"u8) ? Seen.Timestamp
                : reader.ValueTextEquals("mode"u8) ? Seen.Mode
                : reader.ValueTextEquals("webhookEventId"u8) ? Seen.EventId
                : reader.ValueTextEquals("source"u8) ? Seen.Source
                : Seen.None;
            if (field != Seen.None && (seen & field) != 0) fields.Repeated ??= reader.GetString();
            seen |= field;
            reader.Read();
            switch (field)
            {
                case Seen.Type: fields.Type = StringOrNull(ref reader); break;
                case Seen.Mode: fields.Mode = StringOrNull(ref reader); break;
                case Seen.EventId: fields.WebhookEventId = StringOrNull(ref reader); break;
                case Seen.Timestamp:
                    fields.Timestamp = reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var ms) ? ms : 0;
                    break;
                case Seen.Source when reader.TokenType == JsonTokenType.StartObject: ReadSource(ref reader, ref fields); continue;
            }
            SkipValue(ref reader);
        }
    }

    private static void ReadSource(ref Utf8JsonReader reader, ref EventFields fields)
    {
        fields.UserId = fields.GroupId = fields.RoomId = null;
        var seen = Seen.None;
        while (NextProperty(ref reader))
        {
            var field = reader.ValueTextEquals("userId"u8) ? Seen.User
                : reader.ValueTextEquals("groupId"u8) ? Seen.Group
                : reader.ValueTextEquals("roomId"u8) ? Seen.Room
                : reader.ValueTextEquals("type"u8) ? Seen.SourceType
                : Seen.None;
            if (field != Seen.None && (seen & field) != 0) fields.Repeated ??= "source." + reader.GetString();
            seen |= field;
            reader.Read();
            switch (field)
            {
                case Seen.User: fields.UserId = StringOrNull(ref reader); break;
                case Seen.Group: fields.GroupId = StringOrNull(ref reader); break;
                case Seen.Room: fields.RoomId = StringOrNull(ref reader); break;
            }
            SkipValue(ref reader);
        }
    }

    /// <summary>Moves to the next property name of the current object; false at its end.</summary>
    private static bool NextProperty(ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType == JsonTokenType.EndObject) return false;
        CheckDecodes(ref reader);
        return true;
    }

    private static string? StringOrNull(ref Utf8JsonReader reader) =>
        reader.TokenType == JsonTokenType.String ? reader.GetString() : null;

    /// <summary>Passes over the current value (an object or array in full), checking that every string in it decodes.</summary>
    private static void SkipValue(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            CheckDecodes(ref reader);
            return;
        }
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.CurrentDepth == depth && reader.TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray))
            CheckDecodes(ref reader);
    }

    /// <summary>
    /// Raw UTF-8 was checked up front; an escaped string can still hold a lone surrogate ("\ud800"), which throws
    /// here (InvalidOperationException) rather than later, when the turn reads it.
    /// </summary>
    private static void CheckDecodes(ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName && reader.ValueIsEscaped) reader.GetString();
    }

    private struct EventFields
    {
        public string? Type, Mode, WebhookEventId, UserId, GroupId, RoomId, Repeated;
        public long Timestamp;
    }

    [Flags]
    private enum Seen
    {
        None = 0, Type = 1, Timestamp = 2, Mode = 4, EventId = 8, Source = 16,
        User = 32, Group = 64, Room = 128, SourceType = 256,
    }
}
