using System.Text;
using System.Text.Json.Nodes;

namespace ItaBot.Tests.Fuzz;

/// <summary>
/// Seeded generator of webhook bodies, good and bad: valid events of every kind (and unknown kinds), long Thai
/// text with emoji and combining marks, truncation, wrong types, huge strings, deep nesting, invalid UTF-8,
/// byte flips and plain garbage. Event ids are "fz{body}x{n}", so what was stored can be traced to its body.
/// </summary>
public sealed class WebhookBodyGenerator(int seed)
{
    private static readonly string[] Types = ["message", "postback", "follow", "unfollow", "join", "leave", "memberJoined", "unsend",
        "videoPlayComplete", "beacon", "accountLink", "things", "membership", "module", "activated", "futureEventType", ""];
    private static readonly string[] MessageTypes = ["text", "image", "video", "audio", "file", "location", "sticker", "unknownKind"];
    private const string ThaiPieces = "สวัสดีค่ะ ร้องเรียนเจ้าหน้าที่เรียกรับเงิน ๑๒๓ ก่อสร้างถนน ";
    private static readonly string[] Extras = ["😀", "👍🏽", "🇹🇭", "👨‍👩‍👧", "น้ำ", "กำ", "\u0E31\u0E48", "e\u0301", "\u200B", "\uFEFF", "ก\u0E4C\u0E4C\u0E4C"];
    private readonly Random _random = new(seed);

    public byte[] Next(int body)
    {
        return (body % 10) switch
        {
            0 => Utf8(Envelope(body, 1, longThai: true)),
            1 => Utf8(Envelope(body, _random.Next(0, 6), longThai: false)),
            2 => Truncate(Utf8(Envelope(body, _random.Next(1, 4), longThai: false))),
            3 => Utf8(WrongTypes(Envelope(body, 1, longThai: false))),
            4 => Utf8(HugeStrings(body)),
            5 => Deep(body),
            6 => InvalidUtf8(Utf8(Envelope(body, 1, longThai: false))),
            7 => FlipBytes(Utf8(Envelope(body, _random.Next(1, 3), longThai: false))),
            8 => Garbage(),
            _ => Odd(body),
        };
    }

    private JsonObject Envelope(int body, int events, bool longThai)
    {
        var list = new JsonArray();
        for (var k = 0; k < events; k++) list.Add(Event(body, k, longThai));
        return new JsonObject { ["destination"] = "U" + new string('f', 32), ["events"] = list };
    }

    private JsonObject Event(int body, int k, bool longThai)
    {
        var type = Types[_random.Next(Types.Length)];
        var ev = new JsonObject
        {
            ["type"] = type,
            ["mode"] = _random.Next(8) == 0 ? "standby" : "active",
            ["timestamp"] = 1_760_000_000_000L + body,
            ["source"] = Source(),
            ["webhookEventId"] = $"fz{body}x{k}",
            ["deliveryContext"] = new JsonObject { ["isRedelivery"] = _random.Next(2) == 0 },
        };
        if (_random.Next(3) > 0) ev["replyToken"] = Guid.NewGuid().ToString("N");
        if (type == "message" || longThai)
        {
            ev["type"] = "message";
            var kind = longThai ? "text" : MessageTypes[_random.Next(MessageTypes.Length)];
            ev["message"] = new JsonObject
            {
                ["id"] = _random.NextInt64(1, long.MaxValue).ToString(),
                ["type"] = kind,
                ["quoteToken"] = "q" + body,
                ["text"] = longThai ? Thai(5000) : Thai(_random.Next(0, 300)),
            };
        }
        if (type == "postback") ev["postback"] = new JsonObject { ["data"] = _random.Next(2) == 0 ? "s|case|1" : Thai(50) };
        return ev;
    }

    private JsonNode Source() => _random.Next(6) switch
    {
        0 => new JsonObject { ["type"] = "group", ["groupId"] = "C" + Hex(32), ["userId"] = "U" + Hex(32) },
        1 => new JsonObject { ["type"] = "room", ["roomId"] = "R" + Hex(32) },
        2 => new JsonObject { ["type"] = "user" },
        _ => new JsonObject { ["type"] = "user", ["userId"] = "U" + Hex(32) },
    };

    private string Thai(int length)
    {
        var sb = new StringBuilder(length + 16);
        while (sb.Length < length)
            sb.Append(_random.Next(4) == 0 ? Extras[_random.Next(Extras.Length)] : ThaiPieces[_random.Next(ThaiPieces.Length)].ToString());
        // Cut on a UTF-16 boundary that keeps surrogate pairs whole.
        var cut = Math.Min(length, sb.Length);
        if (cut > 0 && char.IsHighSurrogate(sb[cut - 1])) cut--;
        return sb.ToString(0, cut);
    }

    private JsonObject WrongTypes(JsonObject envelope)
    {
        JsonNode? Wrong() => _random.Next(6) switch
        {
            0 => 12345,
            1 => new JsonArray(1, "two", null),
            2 => null,
            3 => new JsonObject { ["x"] = true },
            4 => "text where an object belongs",
            _ => true,
        };
        var ev = (JsonObject)envelope["events"]![0]!;
        switch (_random.Next(7))
        {
            case 0: envelope["events"] = Wrong(); break;
            case 1: ev["source"] = Wrong(); break;
            case 2: ev["timestamp"] = Wrong(); break;
            case 3: ev["type"] = Wrong(); break;
            case 4: ev["message"] = Wrong(); break;
            case 5: ev["deliveryContext"] = Wrong(); break;
            default: envelope["events"]!.AsArray().Add(Wrong()); break;
        }
        return envelope;
    }

    private JsonObject HugeStrings(int body)
    {
        var envelope = Envelope(body, 1, longThai: false);
        var ev = (JsonObject)envelope["events"]![0]!;
        // Escaped as \uXXXX this is up to about 900 KB: large, but under the 1 MB webhook limit (bigger bodies get 413 before any parsing).
        var huge = new string('ก', _random.Next(10_000, 75_000));
        switch (_random.Next(3))
        {
            case 0: ev["message"] = new JsonObject { ["id"] = "1", ["type"] = "text", ["text"] = huge }; ev["type"] = "message"; break;
            case 1: ev["source"] = new JsonObject { ["type"] = "user", ["userId"] = huge }; break;
            default: ev[huge[..1000]] = huge; break;
        }
        return envelope;
    }

    private byte[] Deep(int body)
    {
        var depth = _random.Next(50, 5000);
        var open = _random.Next(2) == 0 ? "{\"a\":" : "[";
        var close = open == "[" ? "]" : "}";
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var text = $"{{\"destination\":\"x\",\"events\":[{{\"type\":\"message\",\"webhookEventId\":\"fz{body}x0\",\"timestamp\":1," +
                   $"\"source\":{{\"type\":\"user\",\"userId\":\"U1\"}},\"message\":{{\"type\":\"text\",\"id\":\"1\",\"text\":\"x\",\"extra\":{nested}}}}}]}}";
        return Utf8(text);
    }

    private byte[] InvalidUtf8(byte[] valid)
    {
        byte[][] bad = [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE0, 0xB8], [0xF8, 0x88, 0x80, 0x80, 0x80], [0x80]];
        var at = IndexOf(valid, "\"text\":\"") is var i and >= 0 ? i + 8 : _random.Next(valid.Length);
        var insert = bad[_random.Next(bad.Length)];
        return [.. valid[..at], .. insert, .. valid[at..]];
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        for (var n = _random.Next(1, 6); n > 0; n--) copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private byte[] Truncate(byte[] bytes) => bytes[.._random.Next(0, bytes.Length)];

    private byte[] Garbage()
    {
        var bytes = new byte[_random.Next(0, 2000)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private byte[] Odd(int body) => Utf8(_random.Next(8) switch
    {
        0 => "",
        1 => "null",
        2 => "[]",
        3 => "{}",
        4 => "{\"destination\":\"x\",\"events\":[]}",
        5 => "{\"events\":[{}]}",
        6 => $"{{\"events\":[{{\"type\":\"message\",\"webhookEventId\":\"fz{body}x0\"}}],\"events\":[]}}",
        _ => "\"just a string\"",
    });

    private string Hex(int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append("0123456789abcdef"[_random.Next(16)]);
        return sb.ToString();
    }

    private static int IndexOf(byte[] haystack, string needle)
    {
        var n = Encoding.UTF8.GetBytes(needle);
        return haystack.AsSpan().IndexOf(n);
    }

    private static byte[] Utf8(JsonNode node) => Encoding.UTF8.GetBytes(node.ToJsonString());

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
