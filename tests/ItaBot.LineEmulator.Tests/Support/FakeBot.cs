using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ItaBot.LineEmulator.Tests.Support;

/// <summary>
/// The smallest bot that behaves: checks the signature with its own HMAC, answers 200, and echoes text
/// messages through the emulator's reply API.
/// </summary>
internal sealed class FakeBot : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly HttpClient api;
    private readonly string secret;

    private FakeBot(WebApplication app, HttpClient api, string secret)
    {
        this.app = app;
        this.api = api;
        this.secret = secret;
    }

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    public bool Echo { get; set; } = true;

    public Uri WebhookUrl { get; private set; } = null!;

    public static async Task<FakeBot> StartAsync(LineEmulatorServer emulator)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var api = new HttpClient { BaseAddress = emulator.BaseUrl, Timeout = TimeSpan.FromSeconds(10) };
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", emulator.ChannelAccessToken);
        var bot = new FakeBot(app, api, emulator.ChannelSecret);
        app.MapPost("/webhook", bot.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        bot.WebhookUrl = new Uri(address + "/webhook");
        emulator.WebhookUrl = bot.WebhookUrl;
        return bot;
    }

    public static bool SignatureMatches(string secret, byte[] body, string? signature)
    {
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), body);
        var given = signature is null ? [] : Convert.FromBase64String(signature);
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        api.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();
        var signature = context.Request.Headers["x-line-signature"].FirstOrDefault();
        var valid = SignatureMatches(secret, body, signature);
        Received.Enqueue(new ReceivedWebhook(body, signature, valid));
        if (!valid)
        {
            context.Response.StatusCode = 401;
            return;
        }

        if (Echo)
        {
            await EchoAsync(JsonNode.Parse(body)!.AsObject());
        }

        context.Response.StatusCode = 200;
    }

    private async Task EchoAsync(JsonObject webhook)
    {
        foreach (var ev in webhook["events"]!.AsArray().OfType<JsonObject>())
        {
            var token = ev["replyToken"]?.GetValue<string>();
            var text = ev["message"]?["text"]?.GetValue<string>();
            if (token is null || text is null)
            {
                continue;
            }

            var reply = new JsonObject
            {
                ["replyToken"] = token,
                ["messages"] = new JsonArray(new JsonObject { ["type"] = "text", ["text"] = "echo: " + text }),
            };
            using var content = new StringContent(reply.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await api.PostAsync("v2/bot/message/reply", content);
        }
    }
}

internal sealed record ReceivedWebhook(byte[] Body, string? Signature, bool SignatureValid)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();
}
