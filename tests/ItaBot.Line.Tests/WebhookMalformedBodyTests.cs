using System.Text;
using ItaBot.Line.Webhook;

namespace ItaBot.Line.Tests;

public sealed class WebhookMalformedBodyTests
{
    private static WebhookParseResult Parse(string body) => WebhookParser.Parse(Encoding.UTF8.GetBytes(body));

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"events\":[")]
    [InlineData("[]")]
    [InlineData("\"events\"")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"destination\":\"U1\"}")]
    [InlineData("{\"events\":{}}")]
    [InlineData("{\"events\":null}")]
    [InlineData("{\"events\":[1]}")]
    [InlineData("{\"events\":[\"message\"]}")]
    [InlineData("{\"events\":[{\"type\":\"message\"},[]]}")]
    [InlineData("{\"events\":[{\"timestamp\":1}]}")]
    [InlineData("{\"events\":[{\"type\":42}]}")]
    [InlineData("{\"events\":[]} trailing")]
    public void A_body_that_is_not_a_webhook_envelope_is_invalid_with_a_short_error(string body)
    {
        var result = Parse(body);
        Assert.False(result.IsValid);
        Assert.Null(result.Envelope);
        Assert.False(string.IsNullOrEmpty(result.Error));
        Assert.True(result.Error!.Length < 80);
    }

    [Fact]
    public void The_error_never_quotes_the_body()
    {
        var result = Parse("{\"events\":[{\"type\":\"message\",\"message\":{\"text\":\"secret citizen complaint\"}},7]}");
        Assert.False(result.IsValid);
        Assert.DoesNotContain("secret", result.Error);
    }

    [Fact]
    public void Invalid_utf8_is_rejected_without_throwing()
    {
        byte[] body = [.. "{\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}}]}"u8];
        var result = WebhookParser.Parse(body);
        Assert.False(result.IsValid);
        Assert.NotNull(result.Error);
    }

    [Fact]
    public void Deep_nesting_is_rejected_without_throwing()
    {
        var body = "{\"events\":[{\"type\":\"x\",\"deep\":" + new string('[', 100_000) + new string(']', 100_000) + "}]}";
        var result = Parse(body);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_huge_text_is_parsed_as_it_is()
    {
        var text = new string('ก', 2_000_000);
        var result = Parse("{\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"id\":\"1\",\"text\":\"" + text + "\"}}]}");
        Assert.True(result.IsValid);
        Assert.Equal(text.Length, result.Envelope!.Events[0].Message!.Text!.Length);
    }

    [Fact]
    public void Wrongly_typed_fields_inside_an_event_read_as_absent()
    {
        var result = Parse("""
            {"destination":5,"events":[{"type":"message","timestamp":"soon","mode":7,"replyToken":[],"webhookEventId":{},
             "deliveryContext":"yes","source":"user","message":{"type":"location","id":9,"latitude":"north","text":null},
             "postback":{"data":1,"params":{"date":"2025-01-01","n":3}},"follow":{"isUnblocked":"true"}}]}
            """);

        Assert.True(result.IsValid, result.Error);
        var e = Assert.Single(result.Envelope!.Events);
        Assert.Null(result.Envelope.Destination);
        Assert.Equal(0, e.Timestamp);
        Assert.Equal("active", e.Mode);
        Assert.Null(e.ReplyToken);
        Assert.Null(e.WebhookEventId);
        Assert.False(e.IsRedelivery);
        Assert.Null(e.Source);
        Assert.Equal("", e.Message!.Id);
        Assert.Null(e.Message.Latitude);
        Assert.Null(e.Message.Text);
        Assert.Equal("", e.Postback!.Data);
        Assert.Equal(["date"], e.Postback.Params!.Keys);
        Assert.False(e.Follow!.IsUnblocked);
    }

    [Fact]
    public void A_minimal_event_with_only_a_type_is_accepted()
    {
        var result = Parse("{\"events\":[{\"type\":\"somethingNew\"}]}");
        var e = Assert.Single(result.Envelope!.Events);
        Assert.Equal("somethingNew", e.Type);
        Assert.Equal("{\"type\":\"somethingNew\"}", e.RawJson);
        Assert.Null(result.Envelope.Destination);
    }

    [Fact]
    public void Random_bytes_never_make_the_parser_throw()
    {
        var random = new Random(20260101);
        var seed = File.ReadAllBytes(Path.Combine(SharedFixtures.LineDirectory, "message-text.json"));
        for (var i = 0; i < 2000; i++)
        {
            var body = (byte[])seed.Clone();
            for (var j = 0; j < 1 + i % 8; j++) body[random.Next(body.Length)] = (byte)random.Next(256);
            var result = WebhookParser.Parse(body.AsSpan(0, random.Next(body.Length + 1)));
            Assert.Equal(result.IsValid, result.Envelope is not null);
            Assert.Equal(result.IsValid, result.Error is null);
        }
    }
}
