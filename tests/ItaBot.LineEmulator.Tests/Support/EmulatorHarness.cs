using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace ItaBot.LineEmulator.Tests.Support;

/// <summary>An emulator, a fake bot wired to it, and an API client holding the right bearer token.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(LineEmulatorServer emulator, FakeBot bot, HttpClient api)
    {
        Emulator = emulator;
        Bot = bot;
        Api = api;
    }

    public LineEmulatorServer Emulator { get; }

    public FakeBot Bot { get; }

    public HttpClient Api { get; }

    public static async Task<EmulatorHarness> StartAsync(LineEmulatorOptions? options = null)
    {
        var emulator = await LineEmulatorServer.StartAsync(options ?? new LineEmulatorOptions());
        var bot = await FakeBot.StartAsync(emulator);
        var api = NewClient(emulator, emulator.ChannelAccessToken, TimeSpan.FromSeconds(10));
        return new EmulatorHarness(emulator, bot, api);
    }

    public static HttpClient NewClient(LineEmulatorServer emulator, string token, TimeSpan timeout)
    {
        var client = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = timeout };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static StringContent Json(JsonNode body) => new(body.ToJsonString(), Encoding.UTF8, "application/json");

    public static JsonObject TextMessage(string text) => new() { ["type"] = "text", ["text"] = text };

    public static JsonObject PushBody(string to, params JsonObject[] messages) =>
        new() { ["to"] = to, ["messages"] = new JsonArray([.. messages]) };

    public async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> PostAsync(
        string path, JsonNode body, string? retryKey = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = Json(body) };
        if (retryKey is not null)
        {
            request.Headers.Add("X-Line-Retry-Key", retryKey);
        }

        var response = await (client ?? Api).SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var json = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!.AsObject();
        return ((int)response.StatusCode, json, response);
    }

    public async ValueTask DisposeAsync()
    {
        Api.Dispose();
        await Bot.DisposeAsync();
        await Emulator.DisposeAsync();
    }
}
