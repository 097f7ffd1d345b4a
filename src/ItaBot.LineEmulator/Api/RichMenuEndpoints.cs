using System.Text.Json.Nodes;
using ItaBot.LineEmulator.State;
using ItaBot.LineEmulator.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ItaBot.LineEmulator.Api;

/// <summary>Create a rich menu, upload its image, make it the default, link it to one user or unlink it again, delete it.</summary>
internal sealed class RichMenuEndpoints(EmulatorCore core)
{
    private const int ImageMaxBytes = 1024 * 1024;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost("/v2/bot/richmenu", CreateAsync);
        app.MapPost("/v2/bot/richmenu/{richMenuId}/content", UploadAsync);
        app.MapPost("/v2/bot/user/all/richmenu/{richMenuId}", SetDefaultAsync);
        app.MapPost("/v2/bot/user/{userId}/richmenu/{richMenuId}", LinkAsync);
        app.MapDelete("/v2/bot/user/{userId}/richmenu", UnlinkAsync);
        app.MapDelete("/v2/bot/richmenu/{richMenuId}", DeleteAsync);
    }

    private async Task CreateAsync(HttpContext context)
    {
        var body = await RequestBody.ReadObjectAsync(context);
        if (body is null)
        {
            return;
        }

        var errors = Check(body);
        if (errors.Count > 0)
        {
            await ApiResponses.WriteAsync(context, 400, errors.ToBody());
            return;
        }

        await ApiResponses.WriteAsync(context, 200, new JsonObject { ["richMenuId"] = core.RichMenus.Create(body) });
    }

    private async Task UploadAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["richMenuId"]!;
        var type = context.Request.ContentType ?? "";
        if (type is not ("image/png" or "image/jpeg"))
        {
            await ApiResponses.MessageAsync(context, 415, $"The content type, {type}, is not supported");
            return;
        }

        if (!core.RichMenus.Exists(id))
        {
            await ApiResponses.MessageAsync(context, 404, "Not found");
            return;
        }

        var bytes = await RequestBody.ReadBytesAsync(context, ImageMaxBytes);
        if (bytes is null || bytes.Length == 0)
        {
            await ApiResponses.MessageAsync(context, 400, "The image must be a JPEG or PNG of 1 MB or less");
            return;
        }

        core.RichMenus.SetImage(id, new StoredContent(bytes, type));
        await ApiResponses.WriteAsync(context, 200, new JsonObject());
    }

    private Task SetDefaultAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["richMenuId"]!;
        if (!core.RichMenus.Exists(id))
        {
            return ApiResponses.MessageAsync(context, 404, "Not found");
        }

        core.RichMenus.SetDefault(id);
        return ApiResponses.WriteAsync(context, 200, new JsonObject());
    }

    private Task LinkAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["richMenuId"]!;
        var userId = (string)context.Request.RouteValues["userId"]!;
        if (!core.RichMenus.Exists(id) || !core.Users.IsUser(userId))
        {
            return ApiResponses.MessageAsync(context, 404, "Not found");
        }

        core.RichMenus.Link(userId, id);
        return ApiResponses.WriteAsync(context, 200, new JsonObject());
    }

    private Task UnlinkAsync(HttpContext context)
    {
        var userId = (string)context.Request.RouteValues["userId"]!;
        if (!core.Users.IsUser(userId))
        {
            return ApiResponses.MessageAsync(context, 404, "Not found");
        }

        // LINE answers 200 whether or not the user had a menu of their own.
        core.RichMenus.Unlink(userId);
        return ApiResponses.WriteAsync(context, 200, new JsonObject());
    }

    private Task DeleteAsync(HttpContext context)
    {
        var id = (string)context.Request.RouteValues["richMenuId"]!;
        return core.RichMenus.Delete(id)
            ? ApiResponses.WriteAsync(context, 200, new JsonObject())
            : ApiResponses.MessageAsync(context, 404, "Not found");
    }

    private static ValidationErrors Check(JsonObject menu)
    {
        var errors = new ValidationErrors();
        if (menu["size"] is not JsonObject)
        {
            errors.Add("May not be empty", "size");
        }

        errors.Required(menu, "name", "");
        errors.MaxUnits(menu, "name", 300, "");
        errors.Required(menu, "chatBarText", "");
        errors.MaxGraphemes(menu, "chatBarText", 14, "");
        var areas = errors.SizedArray(menu, "areas", 1, 20, "");
        for (var i = 0; areas is not null && i < areas.Count; i++)
        {
            ActionRules.Check(areas[i]?["action"], $"areas[{i}].action", ActionPlace.RichMenu, errors);
        }

        return errors;
    }
}
