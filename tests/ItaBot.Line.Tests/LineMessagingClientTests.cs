using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using ItaBot.Line.Api;
using ItaBot.Line.Messaging;

namespace ItaBot.Line.Tests;

public sealed class LineMessagingClientTests
{
    private const string Token = "test-channel-token";
    private static readonly Guid RetryKey = Guid.Parse("123e4567-e89b-12d3-a456-426614174000");
    private readonly FakeLineHandler _handler = new();

    private LineMessagingClient Client(TimeSpan? timeout = null, TimeSpan? contentTimeout = null) => new(
        new HttpClient(_handler),
        new LineClientOptions
        {
            ApiBaseUrl = "https://api.test",
            DataApiBaseUrl = "https://data.test/",
            ChannelAccessToken = Token,
            Timeout = timeout ?? TimeSpan.FromSeconds(5),
            ContentTimeout = contentTimeout ?? TimeSpan.FromSeconds(5),
        });

    private static CancellationToken Bounded => new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token;

    private static IReadOnlyList<Message> Hello => [new TextMessage("Hello, user"), new TextMessage("May I help you?")];

    [Fact]
    public async Task A_reply_posts_the_documented_body_with_a_bearer_token_and_no_retry_key()
    {
        _handler.AnswerWith("reply-200-response.json");

        var result = await Client().ReplyAsync("nHuyWiB7yP5Zw52FIkcQobQuGDXCTA", Hello, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.True(result.IsSuccess);
        Assert.Equal(200, result.StatusCode);
        var request = _handler.Last;
        Assert.Equal(HttpMethod.Post, request.Method);
        Assert.Equal("https://api.test/v2/bot/message/reply", request.Uri.ToString());
        Assert.Equal("Bearer " + Token, request.Headers["Authorization"]);
        Assert.False(request.Headers.ContainsKey("X-Line-Retry-Key"));
        Assert.StartsWith("application/json", request.ContentType);
        JsonAssert.Equivalent(SharedFixtures.Text("api/reply-request.json"), request.BodyText);
    }

    [Fact]
    public async Task A_push_carries_the_retry_key_and_the_documented_body()
    {
        _handler.AnswerWith("push-200-response.json");

        var result = await Client().PushAsync("U4af4980629...", [new TextMessage("Hello, world1"), new TextMessage("Hello, world2")], RetryKey, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        var request = _handler.Last;
        Assert.Equal("https://api.test/v2/bot/message/push", request.Uri.ToString());
        var example = JsonNode.Parse(SharedFixtures.Text("api/push-request.json"))!;
        Assert.Equal((string)example["_headers"]!["X-Line-Retry-Key"]!, request.Headers["X-Line-Retry-Key"]);
        JsonAssert.Equivalent(example["body"]!.ToJsonString(), request.BodyText);
    }

    [Fact]
    public async Task A_multicast_sends_the_ids_and_the_retry_key()
    {
        _handler.AnswerWith("multicast-200-response.json");

        var result = await Client().MulticastAsync(["U1", "U2"], Hello, RetryKey, Bounded);

        Assert.True(result.IsSuccess);
        Assert.Equal("https://api.test/v2/bot/message/multicast", _handler.Last.Uri.ToString());
        Assert.Equal(RetryKey.ToString(), _handler.Last.Headers["X-Line-Retry-Key"]);
        var body = JsonNode.Parse(_handler.Last.BodyText)!;
        Assert.Equal(["U1", "U2"], body["to"]!.AsArray().Select(n => (string)n!));
        Assert.Equal(2, body["messages"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task A_multicast_outside_1_to_500_ids_is_refused_locally(int count)
    {
        var result = await Client().MulticastAsync(Enumerable.Range(0, count).Select(i => $"U{i}").ToList(), Hello, RetryKey, Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Invalid_messages_are_refused_without_any_http_call()
    {
        var result = await Client().PushAsync("U1", [new TextMessage("")], RetryKey, Bounded);

        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Contains("messages[0].text: required", result.ErrorMessage);
        Assert.False(result.IsSuccess);
        Assert.False(result.IsRetryable);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task An_empty_retry_key_is_refused_because_it_would_collide_across_pushes()
    {
        var result = await Client().PushAsync("U1", Hello, Guid.Empty, Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Theory]
    [InlineData("reply-400-invalid-reply-token.json", LineApiOutcome.InvalidReplyToken, false)]
    [InlineData("error-400-validation.json", LineApiOutcome.BadRequest, false)]
    [InlineData("push-400-failed.json", LineApiOutcome.BadRequest, false)]
    [InlineData("multicast-400-invalid-to.json", LineApiOutcome.BadRequest, false)]
    [InlineData("error-429-rate-limit.json", LineApiOutcome.RateLimited, true)]
    [InlineData("error-429-monthly-limit.json", LineApiOutcome.MonthlyLimitReached, false)]
    [InlineData("push-409-retry-key-accepted.json", LineApiOutcome.AlreadyAccepted, false)]
    [InlineData("content-404.json", LineApiOutcome.NotFound, false)]
    [InlineData("content-410-unsent.json", LineApiOutcome.Gone, false)]
    public async Task Documented_error_answers_are_classified(string fixture, LineApiOutcome expected, bool retryable)
    {
        _handler.AnswerWith(fixture);
        var status = (int)JsonNode.Parse(SharedFixtures.Text("api/" + fixture))!["_status"]!;
        var message = (string?)JsonNode.Parse(SharedFixtures.Text("api/" + fixture))!["body"]!["message"];

        var result = await Client().PushAsync("U1", Hello, RetryKey, Bounded);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(status, result.StatusCode);
        Assert.StartsWith(message!, result.ErrorMessage);
        Assert.Equal(retryable, result.IsRetryable);
    }

    [Fact]
    public async Task A_409_keeps_the_accepted_request_id_and_counts_as_success()
    {
        _handler.AnswerWith("push-409-retry-key-accepted.json");

        var result = await Client().PushAsync("U1", Hello, RetryKey, Bounded);

        Assert.True(result.IsSuccess);
        Assert.Equal("123e4567-e89b-12d3-a456-426655440001", result.AcceptedRequestId);
        Assert.Equal("123e4567-e89b-12d3-a456-426655440002", result.RequestId);
    }

    [Fact]
    public async Task Validation_details_are_included_in_the_error_message()
    {
        _handler.AnswerWith("error-400-validation.json");
        var result = await Client().ReplyAsync("r", Hello, Bounded);
        Assert.Equal("The request body has 2 error(s) [messages[0].text: May not be empty; messages[1].type: Must be one of the following values: [text, image, video, audio, location, sticker, template, imagemap]]", result.ErrorMessage);
    }

    [Theory]
    [InlineData(HttpStatusCode.Unauthorized, LineApiOutcome.Unauthorized, false)]
    [InlineData(HttpStatusCode.Forbidden, LineApiOutcome.Forbidden, false)]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, LineApiOutcome.BadRequest, false)]
    [InlineData(HttpStatusCode.InternalServerError, LineApiOutcome.ServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, LineApiOutcome.ServerError, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, LineApiOutcome.ServerError, true)]
    public async Task Other_statuses_are_classified(HttpStatusCode status, LineApiOutcome expected, bool retryable)
    {
        _handler.AnswerWith(status, "{\"message\":\"x\"}");
        var result = await Client().ReplyAsync("r", Hello, Bounded);
        Assert.Equal(expected, result.Outcome);
        Assert.Equal(retryable, result.IsRetryable);
        Assert.Equal("x", result.ErrorMessage);
    }

    [Fact]
    public async Task A_non_json_error_body_still_gives_an_outcome()
    {
        _handler.AnswerWith(HttpStatusCode.BadGateway, Encoding.UTF8.GetBytes("<html>bad gateway</html>"), "text/html");
        var result = await Client().ReplyAsync("r", Hello, Bounded);
        Assert.Equal(LineApiOutcome.ServerError, result.Outcome);
        Assert.Null(result.ErrorMessage);
    }

    [Fact]
    public async Task A_connection_failure_is_a_retryable_network_error()
    {
        _handler.FailWith(new HttpRequestException(HttpRequestError.ConnectionError, "connection refused"));
        var result = await Client().PushAsync("U1", Hello, RetryKey, Bounded);
        Assert.Equal(LineApiOutcome.NetworkError, result.Outcome);
        Assert.True(result.IsRetryable);
        Assert.Null(result.StatusCode);
    }

    [Fact]
    public async Task A_silent_server_is_a_retryable_timeout()
    {
        _handler.Hang = true;
        var started = DateTime.UtcNow;

        var result = await Client(TimeSpan.FromMilliseconds(200)).PushAsync("U1", Hello, RetryKey, Bounded);

        Assert.Equal(LineApiOutcome.Timeout, result.Outcome);
        Assert.True(result.IsRetryable);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Cancelling_the_callers_token_throws()
    {
        _handler.Hang = true;
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().PushAsync("U1", Hello, RetryKey, cts.Token));
    }

    [Fact]
    public async Task A_profile_is_read_from_the_documented_answer()
    {
        _handler.AnswerWith("profile-200-response.json");

        var result = await Client().GetProfileAsync("U4af4980629...", Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.Equal(new UserProfile("LINE taro", "U4af4980629...", "https://obs.line-apps.com/...", "Hello, LINE!", "en"), result.Value);
        Assert.Equal(HttpMethod.Get, _handler.Last.Method);
        Assert.Equal("https://api.test/v2/bot/profile/U4af4980629...", _handler.Last.Uri.ToString());
        Assert.Equal("Bearer " + Token, _handler.Last.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_missing_profile_is_not_found_without_a_value()
    {
        _handler.AnswerWith(HttpStatusCode.NotFound, "{\"message\":\"Not found\"}");
        var result = await Client().GetProfileAsync("U1", Bounded);
        Assert.Equal(LineApiOutcome.NotFound, result.Outcome);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Content_is_downloaded_from_the_data_host_with_its_type()
    {
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 1, 2, 3];
        _handler.AnswerWith(HttpStatusCode.OK, jpeg, "image/jpeg");

        var result = await Client().GetContentAsync("354718705033693859", 1024, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.Equal(jpeg, result.Value!.Bytes);
        Assert.Equal("image/jpeg", result.Value.ContentType);
        Assert.Equal("https://data.test/v2/bot/message/354718705033693859/content", _handler.Last.Uri.ToString());
    }

    [Fact]
    public async Task Content_still_being_prepared_is_not_ready()
    {
        _handler.AnswerWith(HttpStatusCode.Accepted, "{}");
        var result = await Client().GetContentAsync("1", 1024, Bounded);
        Assert.Equal(LineApiOutcome.NotReady, result.Outcome);
        Assert.False(result.IsSuccess);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task Unsent_content_is_gone()
    {
        _handler.AnswerWith("content-410-unsent.json");
        var result = await Client().GetContentAsync("1", 1024, Bounded);
        Assert.Equal(LineApiOutcome.Gone, result.Outcome);
        Assert.Equal("The content is gone", result.ErrorMessage);
    }

    [Fact]
    public async Task Content_declared_larger_than_the_limit_is_too_large_and_its_body_is_not_read()
    {
        var body = new CountingBody(4096);
        _handler.AnswerWith(() =>
        {
            var content = new StreamContent(body);
            content.Headers.ContentLength = 4096;
            return content;
        });

        var result = await Client().GetContentAsync("1", 1024, Bounded);

        Assert.Equal(LineApiOutcome.TooLarge, result.Outcome);
        Assert.False(result.IsRetryable);
        Assert.Null(result.Value);
        Assert.Equal(0, body.BytesRead);
    }

    [Fact]
    public async Task Content_without_a_length_is_stopped_one_byte_past_the_limit()
    {
        var body = new CountingBody(10_000_000);
        _handler.AnswerWith(() => new StreamContent(body));

        var result = await Client().GetContentAsync("1", 100_000, Bounded);

        Assert.Equal(LineApiOutcome.TooLarge, result.Outcome);
        Assert.Null(result.Value);
        Assert.Equal(100_001, body.BytesRead);
    }

    [Fact]
    public async Task Content_without_a_length_within_the_limit_is_read_whole()
    {
        _handler.AnswerWith(() => new StreamContent(new CountingBody(100_000)));

        var result = await Client().GetContentAsync("1", 100_000, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.Equal(100_000, result.Value!.Bytes.Length);
    }

    [Fact]
    public async Task A_download_slower_than_the_api_timeout_completes_within_the_content_timeout()
    {
        _handler.AnswerWith(() => new StreamContent(new CountingBody(3, TimeSpan.FromMilliseconds(300))));

        var result = await Client(timeout: TimeSpan.FromMilliseconds(100), contentTimeout: TimeSpan.FromSeconds(10))
            .GetContentAsync("1", 1024, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.Equal("xxx"u8.ToArray(), result.Value!.Bytes);
    }

    [Fact]
    public async Task A_download_that_outlasts_the_content_timeout_is_a_retryable_timeout()
    {
        _handler.AnswerWith(() => new StreamContent(new CountingBody(3, TimeSpan.FromSeconds(30))));

        var result = await Client(timeout: TimeSpan.FromSeconds(10), contentTimeout: TimeSpan.FromMilliseconds(200))
            .GetContentAsync("1", 1024, Bounded);

        Assert.Equal(LineApiOutcome.Timeout, result.Outcome);
        Assert.True(result.IsRetryable);
        Assert.Contains("0.2 s", result.ErrorMessage);
    }

    [Fact]
    public async Task A_content_limit_outside_what_an_array_holds_is_refused_before_sending()
    {
        var result = await Client().GetContentAsync("1", 0, Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Path_segments_are_escaped()
    {
        await Client().GetProfileAsync("U1/../x?y", Bounded);
        Assert.Equal("/v2/bot/profile/U1%2F..%2Fx%3Fy", _handler.Last.Uri.AbsolutePath);
    }

    [Fact]
    public async Task The_loading_animation_posts_the_documented_body_and_202_is_ok()
    {
        _handler.AnswerWith("loading-202-response.json");

        var result = await Client().ShowLoadingAsync("U4af4980629...", 5, Bounded);

        Assert.Equal(LineApiOutcome.Ok, result.Outcome);
        Assert.Equal(202, result.StatusCode);
        Assert.Equal("https://api.test/v2/bot/chat/loading/start", _handler.Last.Uri.ToString());
        JsonAssert.Equivalent(SharedFixtures.Text("api/loading-request.json"), _handler.Last.BodyText);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(7)]
    [InlineData(65)]
    public async Task Loading_seconds_outside_5_to_60_in_steps_of_5_are_refused_locally(int seconds)
    {
        var result = await Client().ShowLoadingAsync("U1", seconds, Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task A_group_id_for_the_loading_animation_comes_back_as_bad_request()
    {
        _handler.AnswerWith("loading-400-group-id.json");
        var result = await Client().ShowLoadingAsync("C123", 60, Bounded);
        Assert.Equal(LineApiOutcome.BadRequest, result.Outcome);
        Assert.Contains("chatId", result.ErrorMessage);
    }

    [Fact]
    public async Task Creating_a_rich_menu_returns_its_id()
    {
        _handler.AnswerWith(HttpStatusCode.OK, "{\"richMenuId\":\"richmenu-88c05ef6921ae53f8b58a25f3a65faf7\"}");
        var menu = new JsonObject { ["size"] = new JsonObject { ["width"] = 2500, ["height"] = 843 }, ["chatBarText"] = "เมนู" };

        var result = await Client().CreateRichMenuAsync(menu, Bounded);

        Assert.Equal("richmenu-88c05ef6921ae53f8b58a25f3a65faf7", result.Value);
        Assert.Equal("https://api.test/v2/bot/richmenu", _handler.Last.Uri.ToString());
        JsonAssert.Equivalent(menu.ToJsonString(), _handler.Last.BodyText);
    }

    [Fact]
    public async Task A_rich_menu_answer_without_an_id_is_a_server_error()
    {
        _handler.AnswerWith(HttpStatusCode.OK, "{}");
        var result = await Client().CreateRichMenuAsync(new JsonObject(), Bounded);
        Assert.Equal(LineApiOutcome.ServerError, result.Outcome);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_rich_menu_image_goes_to_the_data_host_with_its_content_type()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47];
        var result = await Client().UploadRichMenuImageAsync("richmenu-1", png, "image/png", Bounded);

        Assert.True(result.IsSuccess);
        Assert.Equal("https://data.test/v2/bot/richmenu/richmenu-1/content", _handler.Last.Uri.ToString());
        Assert.Equal("image/png", _handler.Last.ContentType);
        Assert.Equal(png, _handler.Last.Body);
    }

    [Fact]
    public async Task A_rich_menu_image_of_another_type_is_refused_locally()
    {
        var result = await Client().UploadRichMenuImageAsync("richmenu-1", [1], "image/gif", Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Default_and_per_user_rich_menus_use_the_documented_paths()
    {
        await Client().SetDefaultRichMenuAsync("richmenu-1", Bounded);
        await Client().LinkRichMenuToUserAsync("U1", "richmenu-2", Bounded);

        Assert.Equal(
            ["POST https://api.test/v2/bot/user/all/richmenu/richmenu-1", "POST https://api.test/v2/bot/user/U1/richmenu/richmenu-2"],
            _handler.Requests.Select(r => $"{r.Method} {r.Uri}"));
        Assert.All(_handler.Requests, r => Assert.Equal("Bearer " + Token, r.Headers["Authorization"]));
    }

    [Fact]
    public async Task Unlinking_a_users_rich_menu_is_a_delete_on_the_documented_path()
    {
        var result = await Client().UnlinkRichMenuFromUserAsync("U1", Bounded);

        Assert.True(result.IsSuccess);
        Assert.Equal("DELETE https://api.test/v2/bot/user/U1/richmenu", $"{_handler.Last.Method} {_handler.Last.Uri}");
        Assert.Equal("Bearer " + Token, _handler.Last.Headers["Authorization"]);
    }

    [Fact]
    public async Task Unlinking_without_a_user_id_is_refused_locally()
    {
        var result = await Client().UnlinkRichMenuFromUserAsync("", Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Deleting_a_rich_menu_is_a_delete_on_the_documented_path()
    {
        var result = await Client().DeleteRichMenuAsync("richmenu-1", Bounded);

        Assert.True(result.IsSuccess);
        Assert.Equal("DELETE https://api.test/v2/bot/richmenu/richmenu-1", $"{_handler.Last.Method} {_handler.Last.Uri}");
        Assert.Equal("Bearer " + Token, _handler.Last.Headers["Authorization"]);
    }

    [Fact]
    public async Task Deleting_a_rich_menu_that_is_gone_is_not_found_and_not_retryable()
    {
        _handler.AnswerWith(HttpStatusCode.NotFound, "{\"message\":\"Not found\"}");

        var result = await Client().DeleteRichMenuAsync("richmenu-1", Bounded);

        Assert.Equal(LineApiOutcome.NotFound, result.Outcome);
        Assert.False(result.IsRetryable);
    }

    [Fact]
    public async Task Deleting_a_rich_menu_that_fails_on_the_server_is_retryable()
    {
        _handler.AnswerWith(HttpStatusCode.InternalServerError, "{\"message\":\"Internal Server Error\"}");

        var result = await Client().DeleteRichMenuAsync("richmenu-1", Bounded);

        Assert.Equal(LineApiOutcome.ServerError, result.Outcome);
        Assert.True(result.IsRetryable);
    }

    [Fact]
    public async Task Deleting_without_a_rich_menu_id_is_refused_locally()
    {
        var result = await Client().DeleteRichMenuAsync("", Bounded);
        Assert.Equal(LineApiOutcome.InvalidMessage, result.Outcome);
        Assert.Empty(_handler.Requests);
    }

    [Fact]
    public async Task Each_call_makes_exactly_one_attempt_even_when_retryable()
    {
        _handler.AnswerWith("error-429-rate-limit.json");
        var result = await Client().PushAsync("U1", Hello, RetryKey, Bounded);
        Assert.True(result.IsRetryable);
        Assert.Single(_handler.Requests);
    }
}
