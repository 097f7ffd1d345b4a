using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace ItaBot.Line.Tests;

/// <summary>Records every request and answers with a canned response, a network failure or silence.</summary>
internal sealed class FakeLineHandler : HttpMessageHandler
{
    private Func<HttpResponseMessage> _respond = () => new HttpResponseMessage(HttpStatusCode.OK) { Content = Json("{}") };

    public List<RecordedRequest> Requests { get; } = [];

    public RecordedRequest Last => Assert.Single(Requests);

    /// <summary>Answers with an api/*.json example: its <c>_status</c>, <c>_headers</c> and <c>body</c>.</summary>
    public FakeLineHandler AnswerWith(string apiFixture)
    {
        var fixture = JsonNode.Parse(SharedFixtures.Text("api/" + apiFixture))!.AsObject();
        var status = (HttpStatusCode)(int)fixture["_status"]!;
        var body = fixture["body"]!.ToJsonString();
        var headers = fixture["_headers"]?.AsObject().ToDictionary(h => h.Key, h => (string)h.Value!) ?? [];
        _respond = () =>
        {
            var response = new HttpResponseMessage(status) { Content = Json(body) };
            foreach (var (name, value) in headers) response.Headers.TryAddWithoutValidation(name, value);
            return response;
        };
        return this;
    }

    public FakeLineHandler AnswerWith(HttpStatusCode status, byte[] body, string contentType)
    {
        _respond = () =>
        {
            var content = new ByteArrayContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
            return new HttpResponseMessage(status) { Content = content };
        };
        return this;
    }

    /// <summary>200 with whatever content the test builds, e.g. a body streamed without Content-Length.</summary>
    public FakeLineHandler AnswerWith(Func<HttpContent> content)
    {
        _respond = () => new HttpResponseMessage(HttpStatusCode.OK) { Content = content() };
        return this;
    }

    public FakeLineHandler AnswerWith(HttpStatusCode status, string json)
    {
        _respond = () => new HttpResponseMessage(status) { Content = Json(json) };
        return this;
    }

    public FakeLineHandler FailWith(Exception exception)
    {
        _respond = () => throw exception;
        return this;
    }

    public bool Hang { get; set; }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsByteArrayAsync(cancellationToken);
        Requests.Add(new RecordedRequest(
            request.Method,
            request.RequestUri!,
            request.Headers.ToDictionary(h => h.Key, h => string.Join(",", h.Value), StringComparer.OrdinalIgnoreCase),
            request.Content?.Headers.ContentType?.ToString(),
            body));
        if (Hang) await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
        return _respond();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}

internal sealed record RecordedRequest(
    HttpMethod Method,
    Uri Uri,
    IReadOnlyDictionary<string, string> Headers,
    string? ContentType,
    byte[]? Body)
{
    public string BodyText => Body is null ? "" : Encoding.UTF8.GetString(Body);
}
