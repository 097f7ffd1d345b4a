using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace ItaBot.LineEmulator.Api;

/// <summary>LINE's documented response bodies and the JSON plumbing to write them.</summary>
internal static class ApiResponses
{
    public const string InvalidToken =
        "Authentication failed due to the following reason: invalid token. Confirm that the access token in the authorization header is valid.";

    public const string InvalidReplyToken = "Invalid reply token";
    public const string FailedToSend = "Failed to send messages";
    public const string RateLimit = "The API rate limit has been exceeded. Try again later.";
    public const string MonthlyLimit = "You have reached your monthly limit.";
    public const string RetryKeyAccepted = "The retry key is already accepted";

    // Thai text must stay readable in bodies, as LINE sends raw UTF-8.
    public static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAsync(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        return context.Response.WriteAsync(body.ToJsonString(Json), context.RequestAborted);
    }

    public static Task MessageAsync(HttpContext context, int status, string message) =>
        WriteAsync(context, status, new JsonObject { ["message"] = message });
}
