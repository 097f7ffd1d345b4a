using System.Net;
using System.Text.Json;

namespace ItaBot.Line.Api;

/// <summary>Maps LINE's status codes and error bodies onto <see cref="LineApiOutcome"/> (FACTS §2.5, §2.6, §3.1).</summary>
internal static class ResponseClassifier
{
    private const string InvalidReplyToken = "Invalid reply token";
    private const string MonthlyLimit = "You have reached your monthly limit.";

    public static LineApiOutcome Classify(HttpStatusCode status, string? errorMessage, bool notReadyOn202) => (int)status switch
    {
        202 when notReadyOn202 => LineApiOutcome.NotReady,
        >= 200 and < 300 => LineApiOutcome.Ok,
        400 when errorMessage == InvalidReplyToken => LineApiOutcome.InvalidReplyToken,
        401 => LineApiOutcome.Unauthorized,
        403 => LineApiOutcome.Forbidden,
        404 => LineApiOutcome.NotFound,
        409 => LineApiOutcome.AlreadyAccepted,
        410 => LineApiOutcome.Gone,
        429 when errorMessage == MonthlyLimit => LineApiOutcome.MonthlyLimitReached,
        429 => LineApiOutcome.RateLimited,
        >= 500 => LineApiOutcome.ServerError,
        _ => LineApiOutcome.BadRequest,
    };

    /// <summary>LINE's <c>message</c> plus any <c>details</c>; null when the body is not LINE's error JSON.</summary>
    public static string? ErrorMessage(byte[] body)
    {
        if (body.Length == 0) return null;
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) return null;
            var message = Text(root, "message");
            var details = Details(root);
            return details.Count == 0 ? message : $"{message} [{string.Join("; ", details)}]";
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static List<string> Details(JsonElement root)
    {
        if (!root.TryGetProperty("details", out var details) || details.ValueKind != JsonValueKind.Array) return [];
        return details.EnumerateArray()
            .Where(d => d.ValueKind == JsonValueKind.Object)
            .Select(d => Text(d, "property") is { } property ? $"{property}: {Text(d, "message")}" : Text(d, "message") ?? "")
            .ToList();
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
