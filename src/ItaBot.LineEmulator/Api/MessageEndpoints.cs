using System.Text.Json.Nodes;
using ItaBot.LineEmulator.State;
using ItaBot.LineEmulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ItaBot.LineEmulator.Api;

/// <summary>Reply, push, multicast and validate (FACTS §2.4, §2.6, §3).</summary>
internal sealed class MessageEndpoints(EmulatorCore core)
{
    private const int MulticastMax = 500;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v2/bot/message/reply", ReplyAsync);
        app.MapPost("/v2/bot/message/push", PushAsync);
        app.MapPost("/v2/bot/message/multicast", MulticastAsync);
        app.MapPost("/v2/bot/message/validate/{kind}", ValidateAsync);
    }

    private async Task ReplyAsync(HttpContext context)
    {
        if (context.Request.Headers.ContainsKey("X-Line-Retry-Key"))
        {
            await ApiResponses.MessageAsync(context, 400, "The retry key is not supported for this endpoint");
            return;
        }

        var body = await ReadValidAsync(context);
        if (body is null)
        {
            return;
        }

        var token = MessageReading.Str(body, "replyToken");
        var chatId = core.Tokens.Peek(token);
        if (chatId is null || !core.Tokens.TryConsume(token!))
        {
            await ApiResponses.MessageAsync(context, 400, ApiResponses.InvalidReplyToken);
            return;
        }

        var sent = core.Mailbox.Deliver(chatId, "reply", Messages(body));
        await ApiResponses.WriteAsync(context, 200, new JsonObject { ["sentMessages"] = sent });
    }

    private async Task PushAsync(HttpContext context)
    {
        var retryKey = await CheckRetryKeyAsync(context, withSentMessages: true);
        if (retryKey.Answered)
        {
            return;
        }

        var body = await ReadValidAsync(context);
        if (body is null)
        {
            return;
        }

        var to = MessageReading.Str(body, "to");
        if (to is null || !core.Users.IsKnownChat(to) || core.Users.IsBlocked(to))
        {
            await ApiResponses.MessageAsync(context, 400, ApiResponses.FailedToSend);
            return;
        }

        var sent = core.Mailbox.Deliver(to, "push", Messages(body));
        Accept(context, retryKey.Key, sent);
        await ApiResponses.WriteAsync(context, 200, new JsonObject { ["sentMessages"] = sent });
    }

    private async Task MulticastAsync(HttpContext context)
    {
        var retryKey = await CheckRetryKeyAsync(context, withSentMessages: false);
        if (retryKey.Answered)
        {
            return;
        }

        var body = await ReadValidAsync(context);
        if (body is null || !await CheckRecipientsAsync(context, body))
        {
            return;
        }

        var messages = Messages(body);
        foreach (var userId in Recipients(body).Where(u => !core.Users.IsBlocked(u)))
        {
            core.Mailbox.Deliver(userId, "multicast", messages);
        }

        Accept(context, retryKey.Key, null);
        await ApiResponses.WriteAsync(context, 200, new JsonObject());
    }

    private async Task ValidateAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        var errors = MessageRules.Check(body["messages"]);
        await ApiResponses.WriteAsync(context, errors.Count == 0 ? 200 : 400, errors.Count == 0 ? new JsonObject() : errors.ToBody());
    }

    private async Task<bool> CheckRecipientsAsync(HttpContext context, JsonObject body)
    {
        if (body["to"] is not JsonArray to || to.Count is < 1 or > MulticastMax)
        {
            var errors = new ValidationErrors();
            errors.Add($"Size must be between 1 and {MulticastMax}", "to");
            await ApiResponses.WriteAsync(context, 400, errors.ToBody());
            return false;
        }

        for (var i = 0; i < to.Count; i++)
        {
            var id = MessageReading.AsString(to[i]);
            if (id is null || !core.Users.IsUser(id))
            {
                await ApiResponses.MessageAsync(context, 400, $"The property, to[{i}], in the request body is invalid (line: -, column: -)");
                return false;
            }
        }

        return true;
    }

    private async Task<(bool Answered, string? Key)> CheckRetryKeyAsync(HttpContext context, bool withSentMessages)
    {
        var key = context.Request.Headers["X-Line-Retry-Key"].FirstOrDefault();
        if (key is null)
        {
            return (false, null);
        }

        if (!Guid.TryParseExact(key, "D", out _))
        {
            await ApiResponses.MessageAsync(context, 400, "The retry key is invalid. It must be a UUID.");
            return (true, key);
        }

        var accepted = core.RetryKeys.Find(key);
        if (accepted is null)
        {
            return (false, key);
        }

        context.Response.Headers["x-line-accepted-request-id"] = accepted.RequestId;
        var body = new JsonObject { ["message"] = ApiResponses.RetryKeyAccepted };
        if (withSentMessages && accepted.SentMessages is not null)
        {
            body["sentMessages"] = accepted.SentMessages.DeepClone();
        }

        await ApiResponses.WriteAsync(context, 409, body);
        return (true, key);
    }

    private void Accept(HttpContext context, string? retryKey, JsonArray? sent)
    {
        if (retryKey is not null)
        {
            core.RetryKeys.Accept(retryKey, context.Response.Headers["x-line-request-id"].ToString(), sent?.DeepClone().AsArray());
        }
    }

    private static async Task<JsonObject?> ReadValidAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return null;
        }

        var errors = MessageRules.Check(body["messages"]);
        if (errors.Count > 0)
        {
            await ApiResponses.WriteAsync(context, 400, errors.ToBody());
            return null;
        }

        return body;
    }

    private static List<JsonObject> Messages(JsonObject body) => body["messages"]!.AsArray().OfType<JsonObject>().ToList();

    private static IEnumerable<string> Recipients(JsonObject body) =>
        body["to"]!.AsArray().Select(n => n!.GetValue<string>()).Distinct(StringComparer.Ordinal);
}
