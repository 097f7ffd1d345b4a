using System.Net.Http;
using System.Text.Json;
using System.Text.Json.Nodes;
using ItaBot.LineEmulator.Api;
using ItaBot.LineEmulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ItaBot.LineEmulator.Page;

/// <summary>
/// The chat page and the small JSON API behind it. It drives the bot through the same event builders and
/// webhook sender the tests use, so what a person sees in the browser is what the bot really handles.
/// </summary>
internal sealed class ChatPageEndpoints(EmulatorCore core, PageEvents pageEvents)
{
    private static readonly TimeSpan MaxPoll = TimeSpan.FromSeconds(25);

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/", PageAsync);
        app.MapGet("/_emulator/info", InfoAsync);
        app.MapPost("/_emulator/users", CreateUserAsync);
        app.MapPost("/_emulator/send", SendAsync);
        app.MapGet("/_emulator/messages", MessagesAsync);
        app.MapGet("/_emulator/content/{messageId}", ContentAsync);
        app.MapGet("/_emulator/richmenu", RichMenuAsync);
        app.MapGet("/_emulator/richmenu/{richMenuId}/image", RichMenuImageAsync);
    }

    private static Task PageAsync(HttpContext context)
    {
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(PageResource.Html, context.RequestAborted);
    }

    private Task InfoAsync(HttpContext context) => ApiResponses.WriteAsync(context, 200, new JsonObject
    {
        ["botUserId"] = core.BotUserId,
        ["users"] = UsersJson(),
    });

    private async Task CreateUserAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        var userId = Ids.UserId();
        core.Users.KnowUser(userId, MessageReading.Str(body, "displayName"));
        await ApiResponses.WriteAsync(context, 200, new JsonObject
        {
            ["userId"] = userId,
            ["displayName"] = core.Users.DisplayName(userId),
        });
    }

    private async Task SendAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        var userId = MessageReading.Str(body, "userId");
        if (userId is null || !core.Users.IsUser(userId))
        {
            await ApiResponses.MessageAsync(context, 400, "Unknown userId; create the user first.");
            return;
        }

        PageEvent built;
        try
        {
            built = pageEvents.Build(userId, body);
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            await ApiResponses.MessageAsync(context, 400, ex.Message);
            return;
        }

        core.Transcript.Add(userId, "user", null, built.Shown, core.Time.GetUtcNow());
        await DeliverAsync(context, userId, built.Event);
    }

    private async Task DeliverAsync(HttpContext context, string userId, JsonObject ev)
    {
        try
        {
            var delivery = await pageEvents.SendAsync(ev, context.RequestAborted);
            if ((int)delivery.Status is < 200 or > 299)
            {
                Note(userId, $"บอทตอบ webhook ด้วย HTTP {(int)delivery.Status}");
            }

            await ApiResponses.WriteAsync(context, 200, new JsonObject
            {
                ["status"] = (int)delivery.Status,
                ["eventId"] = delivery.EventId,
            });
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            Note(userId, $"ส่งถึงบอทไม่ได้: {ex.Message}");
            await ApiResponses.MessageAsync(context, 502, ex.Message);
        }
    }

    private async Task MessagesAsync(HttpContext context)
    {
        var userId = context.Request.Query["userId"].ToString();
        var after = long.TryParse(context.Request.Query["after"], out var a) ? a : 0;
        var wait = double.TryParse(context.Request.Query["wait"], out var w) ? TimeSpan.FromSeconds(Math.Clamp(w, 0, MaxPoll.TotalSeconds)) : TimeSpan.Zero;
        var deadline = TimeProvider.System.GetUtcNow() + wait;
        IReadOnlyList<TranscriptEntry> entries;
        while (true)
        {
            var pulse = core.Signal.Next;
            entries = core.Transcript.After(userId, after);
            if (entries.Count > 0 || !await ChangeSignal.WaitAsync(pulse, deadline, TimeProvider.System, context.RequestAborted))
            {
                break;
            }
        }

        await ApiResponses.WriteAsync(context, 200, new JsonObject
        {
            ["entries"] = new JsonArray([.. entries.Select(EntryJson)]),
            ["last"] = entries.Count > 0 ? entries[^1].Seq : after,
        });
    }

    private async Task ContentAsync(HttpContext context)
    {
        var (content, gone) = core.Contents.Get((string)context.Request.RouteValues["messageId"]!);
        if (content is null || gone)
        {
            context.Response.StatusCode = gone ? 410 : 404;
            return;
        }

        context.Response.ContentType = content.ContentType;
        await context.Response.Body.WriteAsync(content.Bytes, context.RequestAborted);
    }

    private Task RichMenuAsync(HttpContext context)
    {
        var menu = core.RichMenus.MenuFor(context.Request.Query["userId"].ToString());
        if (menu is null)
        {
            return ApiResponses.WriteAsync(context, 200, new JsonObject { ["richMenuId"] = null });
        }

        var (id, json) = menu.Value;
        return ApiResponses.WriteAsync(context, 200, new JsonObject
        {
            ["richMenuId"] = id,
            ["hasImage"] = core.RichMenus.Image(id) is not null,
            ["menu"] = json.DeepClone(),
        });
    }

    private async Task RichMenuImageAsync(HttpContext context)
    {
        var image = core.RichMenus.Image((string)context.Request.RouteValues["richMenuId"]!);
        if (image is null)
        {
            context.Response.StatusCode = 404;
            return;
        }

        context.Response.ContentType = image.ContentType;
        await context.Response.Body.WriteAsync(image.Bytes, context.RequestAborted);
    }

    private void Note(string userId, string text) =>
        core.Transcript.Add(userId, "system", null, new JsonObject { ["type"] = "system", ["text"] = text }, core.Time.GetUtcNow());

    private JsonArray UsersJson() =>
        new([.. core.Users.Users().Select(u => (JsonNode)new JsonObject { ["userId"] = u.UserId, ["displayName"] = u.DisplayName })]);

    private static JsonNode EntryJson(TranscriptEntry entry) => new JsonObject
    {
        ["seq"] = entry.Seq,
        ["from"] = entry.From,
        ["via"] = entry.Via,
        ["message"] = entry.Message,
        ["at"] = entry.At.ToUnixTimeMilliseconds(),
    };
}
