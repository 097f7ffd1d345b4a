using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItaBot.Line.Messaging;

namespace ItaBot.Line.Api;

/// <summary>
/// Typed Messaging API calls. Each call makes exactly one HTTP attempt and reports the result instead of throwing;
/// retry and backoff belong to the caller (the host's outbox), which keeps the retry key across attempts.
/// Only cancellation of the caller's own token throws.
/// </summary>
public sealed class LineMessagingClient(HttpClient http, LineClientOptions options, TimeProvider? timeProvider = null)
{
    private const string JsonMediaType = "application/json";

    /// <summary>The largest content one byte array can hold.</summary>
    public const long MaxContentBytes = 2_000_000_000;
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    public Task<LineApiResult> ReplyAsync(string replyToken, IReadOnlyList<Message> messages, CancellationToken ct)
    {
        // No X-Line-Retry-Key here: LINE answers 400 to it on reply.
        if (string.IsNullOrEmpty(replyToken)) return Task.FromResult(Invalid("replyToken: required"));
        return SendMessagesAsync("/v2/bot/message/reply", new ReplyRequest(replyToken, messages), messages, null, ct);
    }

    public Task<LineApiResult> PushAsync(string to, IReadOnlyList<Message> messages, Guid retryKey, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(to)) return Task.FromResult(Invalid("to: required"));
        return SendMessagesAsync("/v2/bot/message/push", new PushRequest(to, messages), messages, retryKey, ct);
    }

    public Task<LineApiResult> MulticastAsync(IReadOnlyList<string> to, IReadOnlyList<Message> messages, Guid retryKey, CancellationToken ct)
    {
        if (to is null || to.Count is < 1 or > 500) return Task.FromResult(Invalid($"to: {to?.Count ?? 0} user IDs, need 1 to 500"));
        if (to.Any(string.IsNullOrEmpty)) return Task.FromResult(Invalid("to: contains an empty user ID"));
        return SendMessagesAsync("/v2/bot/message/multicast", new MulticastRequest(to, messages), messages, retryKey, ct);
    }

    public async Task<LineApiResult<UserProfile>> GetProfileAsync(string userId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId)) return Invalid<UserProfile>("userId: required");
        var raw = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Api($"/v2/bot/profile/{Escape(userId)}")), false, ct);
        return raw.Result.Outcome == LineApiOutcome.Ok ? ReadJson<UserProfile>(raw) : Typed<UserProfile>(raw.Result, default);
    }

    /// <summary>
    /// Downloads what a user sent, within <see cref="LineClientOptions.ContentTimeout"/>. A body larger than
    /// <paramref name="maxBytes"/> is not kept: <see cref="LineApiOutcome.TooLarge"/>, decided from Content-Length
    /// before reading, or by reading no more than one byte past the limit when LINE gives no length.
    /// </summary>
    public async Task<LineApiResult<LineContent>> GetContentAsync(string messageId, long maxBytes, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(messageId)) return Invalid<LineContent>("messageId: required");
        if (maxBytes is < 1 or > MaxContentBytes) return Invalid<LineContent>($"maxBytes: {maxBytes} is not 1..{MaxContentBytes}");
        var raw = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, Data($"/v2/bot/message/{Escape(messageId)}/content")),
            new BodyReading(true, options.ContentTimeout, (content, token) => BoundedBody.ReadAsync(content, maxBytes, token)), ct);
        var content = raw.Result.Outcome == LineApiOutcome.Ok
            ? new LineContent(raw.Body, raw.ContentType ?? "application/octet-stream")
            : null;
        return Typed(raw.Result, content);
    }

    public async Task<LineApiResult> ShowLoadingAsync(string chatId, int seconds, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(chatId)) return Invalid("chatId: required");
        if (seconds is < 5 or > 60 || seconds % 5 != 0) return Invalid($"loadingSeconds: {seconds} is not 5..60 in steps of 5");
        var body = JsonSerializer.SerializeToUtf8Bytes(new LoadingRequest(chatId, seconds), LineJson.Options);
        return (await SendAsync(() => Post(Api("/v2/bot/chat/loading/start"), body, JsonMediaType), false, ct)).Result;
    }

    public async Task<LineApiResult<string>> CreateRichMenuAsync(JsonObject richMenu, CancellationToken ct)
    {
        if (richMenu is null) return Invalid<string>("richMenu: required");
        var body = JsonSerializer.SerializeToUtf8Bytes(richMenu, LineJson.Options);
        var raw = await SendAsync(() => Post(Api("/v2/bot/richmenu"), body, JsonMediaType), false, ct);
        if (raw.Result.Outcome != LineApiOutcome.Ok) return Typed<string>(raw.Result, null);
        var parsed = ReadJson<RichMenuIdResponse>(raw);
        return string.IsNullOrEmpty(parsed.Value?.RichMenuId)
            ? Typed<string>(Unreadable(raw.Result), null)
            : Typed(parsed, parsed.Value.RichMenuId);
    }

    public async Task<LineApiResult> UploadRichMenuImageAsync(string richMenuId, byte[] image, string contentType, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(richMenuId)) return Invalid("richMenuId: required");
        if (image is null || image.Length == 0) return Invalid("image: required");
        if (contentType is not ("image/png" or "image/jpeg")) return Invalid("contentType: must be image/png or image/jpeg");
        var url = Data($"/v2/bot/richmenu/{Escape(richMenuId)}/content");
        return (await SendAsync(() => Post(url, image, contentType), false, ct)).Result;
    }

    public async Task<LineApiResult> SetDefaultRichMenuAsync(string richMenuId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(richMenuId)) return Invalid("richMenuId: required");
        var url = Api($"/v2/bot/user/all/richmenu/{Escape(richMenuId)}");
        return (await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url), false, ct)).Result;
    }

    public async Task<LineApiResult> LinkRichMenuToUserAsync(string userId, string richMenuId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId)) return Invalid("userId: required");
        if (string.IsNullOrEmpty(richMenuId)) return Invalid("richMenuId: required");
        var url = Api($"/v2/bot/user/{Escape(userId)}/richmenu/{Escape(richMenuId)}");
        return (await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, url), false, ct)).Result;
    }

    /// <summary>Takes away the rich menu linked to one user; they see the default menu again, if any.</summary>
    public async Task<LineApiResult> UnlinkRichMenuFromUserAsync(string userId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(userId)) return Invalid("userId: required");
        var url = Api($"/v2/bot/user/{Escape(userId)}/richmenu");
        return (await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, url), false, ct)).Result;
    }

    /// <summary>
    /// Deletes a rich menu from the account; users linked to it lose it. Shares LINE's 100 an hour with creating menus.
    /// 404 (<see cref="LineApiOutcome.NotFound"/>) means there is no such menu, e.g. it was deleted already.
    /// </summary>
    public async Task<LineApiResult> DeleteRichMenuAsync(string richMenuId, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(richMenuId)) return Invalid("richMenuId: required");
        var url = Api($"/v2/bot/richmenu/{Escape(richMenuId)}");
        return (await SendAsync(() => new HttpRequestMessage(HttpMethod.Delete, url), false, ct)).Result;
    }

    private async Task<LineApiResult> SendMessagesAsync(string path, object request, IReadOnlyList<Message> messages, Guid? retryKey, CancellationToken ct)
    {
        var problems = MessageValidator.Validate(messages);
        if (problems.Count > 0) return Invalid(string.Join("; ", problems));
        if (retryKey == Guid.Empty) return Invalid("retryKey: must not be empty");
        var body = JsonSerializer.SerializeToUtf8Bytes(request, request.GetType(), LineJson.Options);
        return (await SendAsync(() => WithRetryKey(Post(Api(path), body, JsonMediaType), retryKey), false, ct)).Result;
    }

    private Task<RawResponse> SendAsync(Func<HttpRequestMessage> build, bool contentCall, CancellationToken ct) =>
        SendAsync(build, new BodyReading(contentCall, options.Timeout, async (content, token) => await content.ReadAsByteArrayAsync(token)), ct);

    private async Task<RawResponse> SendAsync(Func<HttpRequestMessage> build, BodyReading reading, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        using var request = build();
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", options.ChannelAccessToken);
        using var timeout = new CancellationTokenSource(reading.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            var body = await reading.Read(response.Content, linked.Token);
            return body is null ? TooLarge(response, reading.ContentCall) : ToRaw(response, body, reading.ContentCall);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new RawResponse(Failure(LineApiOutcome.Timeout, $"no complete response within {reading.Timeout.TotalSeconds:0.###} s"), [], null);
        }
        catch (HttpRequestException ex)
        {
            return new RawResponse(Failure(LineApiOutcome.NetworkError, $"request failed: {ex.HttpRequestError}"), [], null);
        }
        catch (IOException)
        {
            return new RawResponse(Failure(LineApiOutcome.NetworkError, "connection broke while reading the response"), [], null);
        }
    }

    // Only a successful answer is content; an error answer that big is still the error its status says.
    private static RawResponse TooLarge(HttpResponseMessage response, bool contentCall)
    {
        var raw = ToRaw(response, [], contentCall);
        return raw.Result.Outcome == LineApiOutcome.Ok
            ? raw with { Result = Copy(raw.Result, LineApiOutcome.TooLarge, "content is larger than the limit") }
            : raw;
    }

    private static RawResponse ToRaw(HttpResponseMessage response, byte[] body, bool contentCall)
    {
        var error = response.IsSuccessStatusCode ? null : ResponseClassifier.ErrorMessage(body);
        var result = new LineApiResult
        {
            Outcome = ResponseClassifier.Classify(response.StatusCode, error, contentCall),
            StatusCode = (int)response.StatusCode,
            ErrorMessage = error,
            RequestId = Header(response, "X-Line-Request-Id"),
            AcceptedRequestId = Header(response, "X-Line-Accepted-Request-Id"),
        };
        return new RawResponse(result, body, response.Content.Headers.ContentType?.MediaType);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static LineApiResult<T> ReadJson<T>(RawResponse raw) where T : class
    {
        try
        {
            var value = JsonSerializer.Deserialize<T>(raw.Body, LineJson.Options);
            return value is null ? Typed<T>(Unreadable(raw.Result), null) : Typed(raw.Result, value);
        }
        catch (JsonException)
        {
            return Typed<T>(Unreadable(raw.Result), null);
        }
    }

    // A 2xx whose body is not what LINE documents is LINE's fault, so it counts as a server error.
    private static LineApiResult Unreadable(LineApiResult result) => Copy(result, LineApiOutcome.ServerError, "response body could not be read");

    private static LineApiResult<T> Typed<T>(LineApiResult result, T? value) => new()
    {
        Outcome = result.Outcome,
        StatusCode = result.StatusCode,
        ErrorMessage = result.ErrorMessage,
        RequestId = result.RequestId,
        AcceptedRequestId = result.AcceptedRequestId,
        Value = value,
    };

    private static LineApiResult Copy(LineApiResult result, LineApiOutcome outcome, string error) => new()
    {
        Outcome = outcome,
        StatusCode = result.StatusCode,
        ErrorMessage = error,
        RequestId = result.RequestId,
        AcceptedRequestId = result.AcceptedRequestId,
    };

    private static LineApiResult Failure(LineApiOutcome outcome, string error) => new() { Outcome = outcome, ErrorMessage = error };

    private static LineApiResult Invalid(string error) => Failure(LineApiOutcome.InvalidMessage, error);

    private static LineApiResult<T> Invalid<T>(string error) => new() { Outcome = LineApiOutcome.InvalidMessage, ErrorMessage = error };

    private static HttpRequestMessage Post(string url, byte[] body, string mediaType)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
        return new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
    }

    private static HttpRequestMessage WithRetryKey(HttpRequestMessage request, Guid? retryKey)
    {
        if (retryKey is { } key) request.Headers.Add("X-Line-Retry-Key", key.ToString("D"));
        return request;
    }

    private string Api(string path) => options.ApiBaseUrl.TrimEnd('/') + path;

    private string Data(string path) => options.DataApiBaseUrl.TrimEnd('/') + path;

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private sealed record RawResponse(LineApiResult Result, byte[] Body, string? ContentType);

    /// <summary>How one call reads its answer: null from <see cref="Read"/> means the body was over the caller's limit.</summary>
    private sealed record BodyReading(bool ContentCall, TimeSpan Timeout, Func<HttpContent, CancellationToken, Task<byte[]?>> Read);
}
