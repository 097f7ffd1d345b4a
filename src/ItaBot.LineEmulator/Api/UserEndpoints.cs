using System.Text.Json;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator.State;
using ItaBot.LineEmulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ItaBot.LineEmulator.Api;

/// <summary>Profile, message content, loading animation and mark-as-read.</summary>
internal sealed class UserEndpoints(EmulatorCore core)
{
    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/v2/bot/profile/{userId}", ProfileAsync);
        app.MapGet("/v2/bot/message/{messageId}/content", ContentAsync);
        app.MapPost("/v2/bot/chat/loading/start", LoadingAsync);
        app.MapPost("/v2/bot/chat/markAsRead", MarkAsReadAsync);
    }

    private Task ProfileAsync(HttpContext context)
    {
        var userId = (string)context.Request.RouteValues["userId"]!;
        var name = core.Users.DisplayName(userId);
        if (name is null || core.Users.IsBlocked(userId))
        {
            return ApiResponses.MessageAsync(context, 404, "Not found");
        }

        return ApiResponses.WriteAsync(context, 200, new JsonObject
        {
            ["displayName"] = name,
            ["userId"] = userId,
            ["language"] = "th",
            ["pictureUrl"] = $"https://profile.line-scdn.net/{userId}",
            ["statusMessage"] = "ทดสอบผ่านตัวจำลอง LINE",
        });
    }

    private async Task ContentAsync(HttpContext context)
    {
        var messageId = (string)context.Request.RouteValues["messageId"]!;
        var (content, gone) = core.Contents.Get(messageId);
        if (gone)
        {
            await ApiResponses.MessageAsync(context, 410, "The content is gone");
            return;
        }

        if (content is null)
        {
            await ApiResponses.MessageAsync(context, 404, "not found");
            return;
        }

        context.Response.StatusCode = 200;
        context.Response.ContentType = content.ContentType;
        context.Response.ContentLength = content.Bytes.Length;
        await context.Response.Body.WriteAsync(content.Bytes, context.RequestAborted);
    }

    private async Task LoadingAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        var errors = new ValidationErrors();
        var chatId = MessageReading.Str(body, "chatId");
        if (chatId is null || !chatId.StartsWith('U') || chatId.Length != 33)
        {
            errors.Add("Only user id is acceptable, please confirm if there are any group/room ids or illegal ids.", "chatId");
        }

        CheckSeconds(body, errors);
        await ApiResponses.WriteAsync(context, errors.Count == 0 ? 202 : 400, errors.Count == 0 ? new JsonObject() : errors.ToBody());
    }

    private static void CheckSeconds(JsonObject body, ValidationErrors errors)
    {
        if (body["loadingSeconds"] is null)
        {
            return;
        }

        if (body["loadingSeconds"] is not JsonValue value || value.GetValueKind() != JsonValueKind.Number
            || !value.TryGetValue<int>(out var seconds))
        {
            errors.Add("Must be between 5 and 60", "loadingSeconds");
            return;
        }

        if (seconds is < 5 or > 60)
        {
            errors.Add("Must be between 5 and 60", "loadingSeconds");
        }

        if (seconds % 5 != 0)
        {
            errors.Add("must be a multiple of five", "loadingSeconds");
        }
    }

    private async Task MarkAsReadAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        if (string.IsNullOrEmpty(MessageReading.Str(body, "markAsReadToken")))
        {
            var errors = new ValidationErrors();
            errors.Add("May not be empty", "markAsReadToken");
            await ApiResponses.WriteAsync(context, 400, errors.ToBody());
            return;
        }

        await ApiResponses.WriteAsync(context, 200, new JsonObject());
    }
}
