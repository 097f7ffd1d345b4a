using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Api;
using ItaBot.LineEmulator.State;
using Microsoft.Extensions.Logging;

namespace ItaBot.LineEmulator.Driving;

/// <summary>Wraps events in a webhook body, signs the exact bytes and POSTs them to the bot.</summary>
internal sealed class WebhookSender(EmulatorCore core, HttpClient http, ILogger logger)
{
    public Uri? WebhookUrl { get; set; } = core.Options.WebhookUrl;

    public Task<WebhookDelivery> SendAsync(IReadOnlyList<JsonObject> events, CancellationToken ct)
    {
        foreach (var ev in events)
        {
            NoteUserAction(ev);
        }

        var body = new JsonObject { ["destination"] = core.BotUserId, ["events"] = new JsonArray([.. events]) };
        return PostAsync(body, ct);
    }

    public Task<WebhookDelivery> RedeliverAsync(WebhookDelivery previous, CancellationToken ct)
    {
        var body = JsonNode.Parse(previous.Body)!.AsObject();
        foreach (var ev in (body["events"] as JsonArray ?? []).OfType<JsonObject>())
        {
            ev["deliveryContext"] = new JsonObject { ["isRedelivery"] = true };
            if (MessageReading.Str(ev, "replyToken") is { } token)
            {
                core.Tokens.Reissue(token);
            }
        }

        return PostAsync(body, ct);
    }

    public async Task<WebhookDelivery> PostRawAsync(byte[] body, string? signature, CancellationToken ct)
    {
        var (status, response) = await PostBytesAsync(body, signature, ct);
        return new WebhookDelivery(status, Encoding.UTF8.GetString(body), "", null) { Signature = signature ?? "", ResponseBody = response };
    }

    public string Sign(byte[] body) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(core.Options.ChannelSecret), body));

    private async Task<WebhookDelivery> PostAsync(JsonObject body, CancellationToken ct)
    {
        var text = body.ToJsonString(ApiResponses.Json);
        var bytes = Encoding.UTF8.GetBytes(text);
        var signature = Sign(bytes);
        var (status, response) = await PostBytesAsync(bytes, signature, ct);
        var events = (body["events"] as JsonArray ?? []).OfType<JsonObject>().ToList();
        logger.LogInformation("Webhook with {EventCount} event(s) answered {Status}", events.Count, (int)status);
        return new WebhookDelivery(
            status,
            text,
            events.Select(e => MessageReading.Str(e, "webhookEventId")).FirstOrDefault() ?? "",
            events.Select(e => MessageReading.Str(e, "replyToken")).FirstOrDefault())
        {
            Signature = signature,
            ResponseBody = response,
            EventIds = events.Select(e => MessageReading.Str(e, "webhookEventId") ?? "").ToList(),
        };
    }

    private async Task<(HttpStatusCode Status, string Body)> PostBytesAsync(byte[] body, string? signature, CancellationToken ct)
    {
        var url = WebhookUrl ?? throw new InvalidOperationException("Set WebhookUrl on the emulator before driving the bot.");
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation("x-line-signature", signature);
        }

        using var response = await http.SendAsync(request, ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(ct));
    }

    private void NoteUserAction(JsonObject ev)
    {
        var source = ev["source"] as JsonObject;
        var chatId = MessageReading.Str(source, "groupId") ?? MessageReading.Str(source, "roomId") ?? MessageReading.Str(source, "userId");
        if (MessageReading.Str(source, "userId") is { } userId)
        {
            core.Users.KnowUser(userId);
        }

        if (chatId is not null)
        {
            core.Mailbox.UserActed(chatId);
        }
    }
}
