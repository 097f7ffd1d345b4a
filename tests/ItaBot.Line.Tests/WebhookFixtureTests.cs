using System.Text.Json;
using ItaBot.Line.Webhook;

namespace ItaBot.Line.Tests;

public sealed class WebhookFixtureTests
{
    private static readonly Dictionary<string, Func<WebhookEvent, object?>> Payloads = new()
    {
        ["message"] = e => e.Message,
        ["postback"] = e => e.Postback,
        ["follow"] = e => e.Follow,
        ["unsend"] = e => e.Unsend,
        ["joined"] = e => e.Joined,
        ["left"] = e => e.Left,
        ["beacon"] = e => e.Beacon,
        ["link"] = e => e.Link,
        ["membership"] = e => e.Membership,
        ["module"] = e => e.Module,
        ["chatControl"] = e => e.ChatControl,
        ["delivery"] = e => e.Delivery,
        ["videoPlayComplete"] = e => e.VideoPlayComplete,
        ["source"] = e => e.Source,
    };

    public static TheoryData<string> Bodies() => new(SharedFixtures.WebhookBodies());

    [Fact]
    public void All_three_fixture_folders_are_found()
    {
        var bodies = SharedFixtures.WebhookBodies().ToList();
        Assert.Contains("message-text.json", bodies);
        Assert.Contains("strict/message-text.json", bodies);
        Assert.Contains("synthetic/message-text-thai.json", bodies);
        Assert.True(bodies.Count >= 70, $"only {bodies.Count} fixtures");
    }

    [Theory]
    [MemberData(nameof(Bodies))]
    public void Every_fixture_parses_with_the_types_and_payloads_it_carries(string file)
    {
        var bytes = SharedFixtures.Bytes(file);
        using var expected = JsonDocument.Parse(bytes);

        var result = WebhookParser.Parse(bytes);

        Assert.True(result.IsValid, result.Error);
        Assert.Null(result.Error);
        Assert.Equal(expected.RootElement.GetProperty("destination").GetString(), result.Envelope!.Destination);
        var raw = expected.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(raw.Count, result.Envelope.Events.Count);
        for (var i = 0; i < raw.Count; i++) AssertMatches(raw[i], result.Envelope.Events[i]);
    }

    private static void AssertMatches(JsonElement raw, WebhookEvent parsed)
    {
        Assert.Equal(raw.GetProperty("type").GetString(), parsed.Type);
        Assert.Equal(raw.GetProperty("timestamp").GetInt64(), parsed.Timestamp);
        Assert.Equal(raw.GetProperty("mode").GetString(), parsed.Mode);
        Assert.Equal(Optional(raw, "webhookEventId"), parsed.WebhookEventId);
        Assert.Equal(Optional(raw, "replyToken"), parsed.ReplyToken);
        Assert.Equal(raw.GetProperty("deliveryContext").GetProperty("isRedelivery").GetBoolean(), parsed.IsRedelivery);
        Assert.Equal(raw.GetRawText(), parsed.RawJson);
        foreach (var (name, payload) in Payloads)
            Assert.True(raw.TryGetProperty(name, out _) == (payload(parsed) is not null), $"payload {name} of {parsed.Type}");
        if (raw.TryGetProperty("message", out var message))
        {
            Assert.Equal(message.GetProperty("type").GetString(), parsed.Message!.Type);
            Assert.Equal(message.GetProperty("id").GetString(), parsed.Message.Id);
        }
        if (raw.TryGetProperty("source", out var source)) Assert.Equal(source.GetProperty("type").GetString(), parsed.Source!.Type);
    }

    private static string? Optional(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() : null;

    private static WebhookEvent Single(string file)
    {
        var result = WebhookParser.Parse(SharedFixtures.Bytes(file));
        Assert.True(result.IsValid, result.Error);
        return Assert.Single(result.Envelope!.Events);
    }

    [Fact]
    public void A_group_text_message_exposes_text_quote_token_mentions_and_the_group_as_chat()
    {
        var e = Single("message-text.json");
        Assert.Equal(WebhookEventTypes.Message, e.Type);
        Assert.Equal(MessageTypes.Text, e.Message!.Type);
        Assert.Equal("@All @example Good Morning!! (love)", e.Message.Text);
        Assert.Equal("q3Plxr4AgKd...", e.Message.QuoteToken);
        Assert.Equal("30yhdy232...", e.Message.MarkAsReadToken);
        Assert.Equal(2, e.Message.Mentionees!.Count);
        Assert.False(e.Message.MentionsBot);
        Assert.False(e.Source!.IsUser);
        Assert.Equal("Ca56f94637c...", e.Source.ChatId);
        Assert.Equal("U4af4980629...", e.Source.UserId);
        Assert.Equal("01FZ74A0TDDPYRVKNK77XKC3ZR", e.WebhookEventId);
        Assert.False(e.IsStandby);
    }

    [Fact]
    public void Thai_text_arrives_intact()
    {
        var e = Single("synthetic/message-text-thai.json");
        using var doc = JsonDocument.Parse(SharedFixtures.Bytes("synthetic/message-text-thai.json"));
        var expected = doc.RootElement.GetProperty("events")[0].GetProperty("message").GetProperty("text").GetString();
        Assert.Equal(expected, e.Message!.Text);
        Assert.Contains(e.Message.Text!, c => c is >= '\u0E00' and <= '\u0E7F');
        Assert.True(e.Source!.IsUser);
        Assert.Equal(e.Source.UserId, e.Source.ChatId);
    }

    [Fact]
    public void A_mention_of_the_bot_is_recognised()
    {
        var e = Single("synthetic/group-message-with-bot-mention.json");
        Assert.True(e.Message!.MentionsBot);
        Assert.Equal("C1234567890abcdef1234567890abcdef", e.Source!.ChatId);
    }

    [Fact]
    public void A_standby_event_has_no_reply_token()
    {
        var e = Single("synthetic/message-text-standby-no-replytoken.json");
        Assert.True(e.IsStandby);
        Assert.Null(e.ReplyToken);
    }

    [Fact]
    public void A_redelivered_event_is_flagged()
    {
        Assert.True(Single("message-text-redelivery.json").IsRedelivery);
        Assert.False(Single("message-text.json").IsRedelivery);
    }

    [Fact]
    public void The_duplicate_redelivery_pair_shares_one_webhook_event_id()
    {
        var events = WebhookParser.Parse(SharedFixtures.Bytes("synthetic/duplicate-redelivery-pair.json")).Envelope!.Events;
        Assert.Equal(2, events.Count);
        Assert.Equal(events[0].WebhookEventId, events[1].WebhookEventId);
        Assert.NotEqual(events[0].IsRedelivery, events[1].IsRedelivery);
    }

    [Fact]
    public void Image_sets_and_content_providers_are_read()
    {
        var first = Single("message-image-set-1of2.json").Message!;
        Assert.Equal("line", first.ContentProvider!.Type);
        Assert.Equal(1, first.ImageSet!.Index);
        Assert.Equal(2, first.ImageSet.Total);
        Assert.Equal(Single("message-image-set-2of2.json").Message!.ImageSet!.Id, first.ImageSet.Id);

        var external = Single("synthetic/message-image-external.json").Message!.ContentProvider!;
        Assert.Equal("external", external.Type);
        Assert.Equal("https://example.com/original.jpg", external.OriginalContentUrl);
        Assert.Equal("https://example.com/preview.jpg", external.PreviewImageUrl);
    }

    [Fact]
    public void Location_file_video_audio_and_sticker_fields_are_read()
    {
        var location = Single("message-location.json").Message!;
        Assert.Equal(35.67966, location.Latitude);
        Assert.Equal(139.73669, location.Longitude);
        Assert.Equal("my location", location.Title);
        Assert.StartsWith("1-3 Kioicho", location.Address);

        var file = Single("message-file.json").Message!;
        Assert.Equal(MessageTypes.File, file.Type);
        Assert.False(string.IsNullOrEmpty(file.FileName));
        Assert.True(file.FileSize > 0);

        Assert.True(Single("message-video.json").Message!.Duration > 0);
        Assert.True(Single("message-audio.json").Message!.Duration > 0);

        var sticker = Single("message-sticker-message.json").Message!;
        Assert.Equal(("12287", "738839", "MESSAGE"), (sticker.PackageId, sticker.StickerId, sticker.StickerResourceType));
        Assert.Equal(5, sticker.Keywords!.Count);
        Assert.Equal("Let's\nhang out\nthis weekend!", sticker.Text);
    }

    [Fact]
    public void Postback_params_from_a_datetime_picker_are_read()
    {
        var postback = Single("postback-datetimepicker.json").Postback!;
        Assert.Equal("storeId=12345", postback.Data);
        Assert.Equal("2017-12-25T01:00", postback.Params!["datetime"]);
        Assert.NotNull(Single("postback-date.json").Postback!.Params!["date"]);
        Assert.NotNull(Single("postback-time.json").Postback!.Params!["time"]);
        Assert.Contains("newRichMenuAliasId", Single("postback-richmenuswitch.json").Postback!.Params!.Keys);
    }

    [Fact]
    public void Follow_unsend_and_member_events_carry_their_payloads()
    {
        Assert.True(Single("follow-unblocked.json").Follow!.IsUnblocked);
        Assert.Equal("325708", Single("unsend.json").Unsend!.MessageId);
        var joined = Single("memberJoined.json").Joined!.Members;
        Assert.Equal(["U4af4980629...", "U91eeaf62d9..."], joined.Select(m => m.UserId));
        Assert.NotEmpty(Single("memberLeft.json").Left!.Members);
    }

    [Fact]
    public void A_multi_event_body_keeps_order_and_tolerates_a_follow_without_payload()
    {
        var events = WebhookParser.Parse(SharedFixtures.Bytes("multi-event-message-follow-unfollow.json")).Envelope!.Events;
        Assert.Equal([WebhookEventTypes.Message, WebhookEventTypes.Follow, WebhookEventTypes.Unfollow], events.Select(e => e.Type));
        Assert.Null(events[0].Message!.QuoteToken);
        Assert.Null(events[1].Follow);
        Assert.Null(events[2].ReplyToken);
    }

    [Fact]
    public void Partner_and_other_event_payloads_are_read()
    {
        Assert.Equal(("d41d8cd98f", "enter", "1234567890abcdef"), (Single("beacon-with-dm.json").Beacon!.Hwid, Single("beacon-with-dm.json").Beacon!.Type, Single("beacon-with-dm.json").Beacon!.Dm));
        var link = Single("accountLink.json").Link!;
        Assert.True(link.IsOk);
        Assert.Equal("Vb771wDYtXuammLszK6h9A", link.Nonce);
        var failed = Single("synthetic/accountLink-failed-no-source.json");
        Assert.Null(failed.Source);
        Assert.False(failed.Link!.IsOk);
        Assert.Equal(3189, Single("membership.json").Membership!.MembershipId);
        Assert.Equal(["message:send"], Single("synthetic/module-attached.json").Module!.Scopes!);
        Assert.Equal("bot_deleted", Single("synthetic/module-detached.json").Module!.Reason);
        Assert.Equal(1735693200000, Single("synthetic/activated.json").ChatControl!.ExpireAt);
        Assert.StartsWith("15034552939884E2", Single("synthetic/delivery-pnp.json").Delivery!.Data);
        Assert.Equal("track-id", Single("videoPlayComplete.json").VideoPlayComplete!.TrackingId);
        Assert.Equal(WebhookEventTypes.BotSuspended, Single("synthetic/botSuspended.json").Type);
    }

    [Fact]
    public void A_message_edited_event_carries_the_new_text()
    {
        var e = Single("messageEdited.json");
        Assert.Equal(WebhookEventTypes.MessageEdited, e.Type);
        Assert.Equal("Edited message", e.Message!.Text);
        Assert.Equal("950e63e8f46542ab89f645b4c2a1180a", e.ReplyToken);
    }

    [Fact]
    public void An_unknown_event_type_is_kept_with_its_raw_json()
    {
        var e = Single("unknown-event-type.json");
        Assert.Equal("undefined", e.Type);
        using var raw = JsonDocument.Parse(e.RawJson);
        Assert.Equal(1, raw.RootElement.GetProperty("undefinedField").GetProperty("1").GetInt32());
    }

    [Fact]
    public void A_connectivity_check_with_no_events_is_valid()
    {
        var result = WebhookParser.Parse(SharedFixtures.Bytes("connectivity-check-empty-events.json"));
        Assert.True(result.IsValid);
        Assert.Empty(result.Envelope!.Events);
    }
}
