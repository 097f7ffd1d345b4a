using System.Text;
using System.Text.Json;

namespace ItaBot.Line.Tests;

public sealed class SignatureTests
{
    private static JsonElement Signatures => JsonDocument.Parse(SharedFixtures.Text("_signatures.json")).RootElement;

    public static TheoryData<string> SignedFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Signatures.GetProperty("files").EnumerateObject()) data.Add(file.Name);
        return data;
    }

    [Fact]
    public void The_signature_list_covers_every_webhook_fixture()
    {
        var signed = Signatures.GetProperty("files").EnumerateObject().Select(p => p.Name).ToHashSet();
        Assert.Equal(SharedFixtures.WebhookBodies().ToHashSet(), signed);
    }

    [Theory]
    [MemberData(nameof(SignedFiles))]
    public void Every_fixture_signature_verifies_against_the_exact_file_bytes(string file)
    {
        var secret = Signatures.GetProperty("channelSecret").GetString()!;
        var signature = Signatures.GetProperty("files").GetProperty(file).GetString();
        var body = SharedFixtures.Bytes(file);

        Assert.True(LineSignature.IsValid(secret, body, signature));
        Assert.Equal(signature, LineSignature.Compute(secret, body));
    }

    [Theory]
    [MemberData(nameof(SignedFiles))]
    public void Changing_one_byte_of_a_fixture_breaks_its_signature(string file)
    {
        var secret = Signatures.GetProperty("channelSecret").GetString()!;
        var signature = Signatures.GetProperty("files").GetProperty(file).GetString();
        var body = SharedFixtures.Bytes(file);
        body[body.Length / 2] ^= 0x01;

        Assert.False(LineSignature.IsValid(secret, body, signature));
    }

    [Fact]
    public void The_external_vectors_in_the_signature_file_give_their_expected_verdicts()
    {
        var vectors = Signatures.GetProperty("external_vectors").EnumerateArray().ToList();
        Assert.NotEmpty(vectors);
        foreach (var v in vectors)
        {
            var body = Encoding.UTF8.GetBytes(v.GetProperty("body").GetString()!);
            var valid = LineSignature.IsValid(v.GetProperty("channelSecret").GetString()!, body, v.GetProperty("signature").GetString());
            Assert.Equal(v.GetProperty("valid").GetBoolean(), valid);
        }
    }

    [Fact]
    public void The_node_sdk_validate_signature_vectors_hold()
    {
        var body = Encoding.UTF8.GetBytes("{\"hello\":\"world\"}");
        Assert.True(LineSignature.IsValid("test_secret", body, "t7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM="));
        Assert.False(LineSignature.IsValid("test_secret", body, "t7Hn4ZDHqs6e+wdvi5TyQivzie0DmMUmuXEBqyyE/tM="));
    }

    [Fact]
    public void The_node_sdk_middleware_vector_with_emoji_holds()
    {
        const string body =
            "{\"events\":[{\"message\":{\"id\":\"test_event_message_id\",\"text\":\"this is test message.😄😅😢😞😄😅😢😞\"," +
            "\"quoteToken\":\"test_quote_token\",\"type\":\"text\"},\"replyToken\":\"test_reply_token\"," +
            "\"source\":{\"groupId\":\"test_group_id\",\"type\":\"group\"},\"webhookEventId\":\"test_webhook_event_id\"," +
            "\"deliveryContext\":{\"isRedelivery\":false},\"timestamp\":0,\"mode\":\"active\",\"type\":\"message\"}]," +
            "\"destination\":\"Uaaaabbbbccccddddeeeeffff\"}";

        Assert.True(LineSignature.IsValid("test_channel_secret", Encoding.UTF8.GetBytes(body), "eRdWYcVCzZV3MVZ3M9/rHJCl/a3oSbsRb04cLovpVwM="));
        Assert.False(LineSignature.IsValid("other_secret", Encoding.UTF8.GetBytes(body), "eRdWYcVCzZV3MVZ3M9/rHJCl/a3oSbsRb04cLovpVwM="));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not base64 at all!")]
    [InlineData("dGVzdA==")]
    public void A_missing_or_malformed_signature_header_is_rejected(string? signature)
    {
        Assert.False(LineSignature.IsValid("test_secret", "{}"u8, signature));
    }
}
