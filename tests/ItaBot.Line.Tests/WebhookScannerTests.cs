using System.Text;
using ItaBot.Line.Webhook;

namespace ItaBot.Line.Tests;

public sealed class WebhookScannerTests
{
    public static TheoryData<string> Bodies() => new(SharedFixtures.WebhookBodies());

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_fixture_scans_to_what_the_full_parse_of_it_says(string file)
    {
        var bytes = SharedFixtures.Bytes(file);

        var scan = WebhookScanner.Scan(bytes);

        Assert.True(scan.IsValid, scan.Error);
        AssertAgrees(bytes, scan, WebhookParser.Parse(bytes));
    }

    [Fact]
    public void Mutated_bodies_that_scan_as_valid_read_the_same_fields_as_the_full_parse()
    {
        var random = new Random(20261122);
        var seeds = SharedFixtures.WebhookBodies().Select(SharedFixtures.Bytes).ToArray();
        var valid = 0;
        for (var i = 0; i < 5000; i++)
        {
            var body = (byte[])seeds[i % seeds.Length].Clone();
            // Mostly small changes, so many bodies stay valid JSON with odd values where the fields are read.
            for (var j = 0; j < 1 + i % 3; j++) body[random.Next(body.Length)] = (byte)MutationBytes[random.Next(MutationBytes.Length)];
            var scan = WebhookScanner.Scan(body);
            var parsed = WebhookParser.Parse(body);
            Assert.Equal(scan.IsValid, parsed.IsValid);
            if (!scan.IsValid) continue;
            valid++;
            AssertAgrees(body, scan, parsed);
        }
        Assert.True(valid > 500, $"only {valid} mutated bodies were valid; the check compared too little");
    }

    private const string MutationBytes = " \"{}[]:,0123456789abcnrtu\\";

    [Theory]
    [InlineData("", "empty body")]
    [InlineData("[]", "body is not a JSON object")]
    [InlineData("{\"events\":{}}", "events is missing or not an array")]
    [InlineData("{\"destination\":\"U1\"}", "events is missing or not an array")]
    [InlineData("{\"events\":[1]}", "events[0] is not an object")]
    [InlineData("{\"events\":[{\"type\":\"follow\"},{\"mode\":\"active\"}]}", "events[1].type is missing or not a string")]
    [InlineData("{\"events\":[{\"type\":7}]}", "events[0].type is missing or not a string")]
    [InlineData("{\"events\":[]} x", "body is not valid JSON")]
    [InlineData("{\"events\":[{\"type\":\"follow\"]}", "body is not valid JSON")]
    [InlineData("[1", "body is not valid JSON")]
    public void Bodies_that_cannot_be_stored_are_refused_with_the_reason(string body, string reason)
    {
        Assert.Equal(reason, WebhookScanner.Scan(Encoding.UTF8.GetBytes(body)).Error);
    }

    [Theory]
    [InlineData("{\"events\":[],\"events\":[{\"type\":\"follow\"}]}", "events appears twice")]
    [InlineData("{\"events\":[{\"type\":\"follow\",\"type\":\"unfollow\"}]}", "events[0].type appears twice")]
    [InlineData("{\"events\":[{\"type\":\"message\",\"source\":{\"userId\":\"U1\",\"userId\":\"U2\"}}]}", "events[0].source.userId appears twice")]
    public void A_property_the_bot_reads_that_appears_twice_is_refused_because_readers_disagree_on_which_wins(string body, string reason)
    {
        var scan = WebhookScanner.Scan(Encoding.UTF8.GetBytes(body));

        Assert.Equal(reason, scan.Error);
        Assert.False(WebhookParser.Parse(Encoding.UTF8.GetBytes(body)).IsValid);
    }

    [Fact]
    public void A_body_with_invalid_utf8_anywhere_is_refused_even_where_the_bot_reads_nothing()
    {
        var body = Encoding.UTF8.GetBytes("{\"events\":[{\"type\":\"follow\",\"extra\":\"ab\"}]}");
        body[Array.IndexOf(body, (byte)'a')] = 0xC3;

        Assert.Equal("body is not valid UTF-8", WebhookScanner.Scan(body).Error);
    }

    [Fact]
    public void A_lone_surrogate_escape_deep_in_an_unread_field_is_refused_before_it_is_stored()
    {
        var body = Encoding.UTF8.GetBytes("{\"events\":[{\"type\":\"message\",\"message\":{\"text\":\"\\ud800\"}}]}");

        Assert.Equal("body could not be read", WebhookScanner.Scan(body).Error);
    }

    [Fact]
    public void Nesting_deeper_than_64_levels_is_refused()
    {
        var deep = string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70));
        var body = Encoding.UTF8.GetBytes("{\"events\":[{\"type\":\"follow\",\"x\":" + deep + "}]}");

        Assert.Equal("body is not valid JSON", WebhookScanner.Scan(body).Error);
    }

    [Fact]
    public void The_chat_is_the_group_or_room_before_the_user_and_escaped_values_are_decoded()
    {
        var body = Encoding.UTF8.GetBytes(
            "{\"events\":[{\"type\":\"mess\\u0061ge\",\"mode\":\"standby\",\"timestamp\":12,\"webhookEventId\":\"01H\"," +
            "\"source\":{\"type\":\"group\",\"userId\":\"U1\",\"groupId\":\"C\\u0031\"}},{\"type\":\"follow\",\"source\":{\"type\":\"room\",\"roomId\":\"R1\",\"userId\":\"U2\"}}]}");

        var events = WebhookScanner.Scan(body).Events;

        Assert.Equal(new ScannedEvent("message", "01H", 12, true, "C1", events[0].Raw), events[0]);
        Assert.Equal("R1", events[1].ChatId);
        Assert.False(events[1].IsStandby);
        Assert.Equal(0, events[1].Timestamp);
        Assert.StartsWith("{\"type\":\"follow\"", Encoding.UTF8.GetString(body[events[1].Raw]));
    }

    private static void AssertAgrees(byte[] body, WebhookScan scan, WebhookParseResult parsed)
    {
        var events = parsed.Envelope!.Events;
        Assert.Equal(events.Count, scan.Events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var (s, e) = (scan.Events[i], events[i]);
            Assert.Equal(e.Type, s.Type);
            Assert.Equal(e.WebhookEventId, s.WebhookEventId);
            Assert.Equal(e.Timestamp, s.Timestamp);
            Assert.Equal(e.IsStandby, s.IsStandby);
            Assert.Equal(e.Source?.ChatId, s.ChatId);
            Assert.Equal(e.RawJson, Encoding.UTF8.GetString(body[s.Raw]));
        }
    }
}
