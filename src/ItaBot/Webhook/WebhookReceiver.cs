using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using ItaBot.Configuration;
using ItaBot.Inbox;
using ItaBot.Line;
using ItaBot.Line.Webhook;
using ItaBot.Security;
using Microsoft.Extensions.Options;

namespace ItaBot.Webhook;

/// <summary>
/// POST /webhook: size limit, signature over the raw bytes, parse, store every event durably, and only then 200.
/// All real work happens later from the inbox, so LINE's 2-second budget is never at risk.
/// </summary>
public sealed class WebhookReceiver(
    IOptions<LineOptions> line,
    InboxWriter inbox,
    FieldCipher cipher,
    BlindIndex index,
    ILogger<WebhookReceiver> log)
{
    public const int MaxBodyBytes = 1024 * 1024;

    public async Task<IResult> ReceiveAsync(HttpContext http)
    {
        var started = Stopwatch.GetTimestamp();
        if (http.Request.ContentLength > MaxBodyBytes) return Refuse(413, "body too large");
        var body = await ReadBodyAsync(http.Request, http.RequestAborted);
        if (body is null) return Refuse(413, "body too large");

        var signature = http.Request.Headers["x-line-signature"].ToString();
        if (!LineSignature.IsValid(line.Value.ChannelSecret, body, signature))
            return Refuse(401, string.IsNullOrEmpty(signature) ? "missing signature" : "bad signature");

        var parsed = WebhookParser.Parse(body);
        if (!parsed.IsValid || parsed.Envelope is null) return Refuse(400, "malformed body");

        var records = parsed.Envelope.Events.Select(ToRecord).ToList();
        if (records.Count == 0) return Results.Ok();

        int inserted;
        try { inserted = await inbox.WriteAsync(records, http.RequestAborted); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: LINE's redelivery (when enabled) sends it again.
            log.LogError("Webhook not stored ({Error}); answering 503", e.GetType().Name);
            return Results.StatusCode(503);
        }
        // Debug, not Information: each stored event is logged again, with its id and wait, when its turn runs; a line
        // per request here cost more CPU than storing the events.
        log.LogDebug("Webhook stored {Events} events ({New} new) in {Ms:F1} ms: {EventIds}",
            records.Count, inserted, Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            string.Join(',', records.Select(r => r.WebhookEventId)));
        return Results.Ok();
    }

    private InboxRecord ToRecord(WebhookEvent e)
    {
        var chatId = e.Source?.ChatId ?? "";
        return new InboxRecord(
            EventIdOf(e),
            index.Chat(chatId),
            string.IsNullOrEmpty(e.Type) ? "unknown" : e.Type,
            e.IsStandby,
            e.Timestamp,
            cipher.EncryptText(e.RawJson, InboxPurpose));
    }

    public const string InboxPurpose = "inbox.event";

    /// <summary>Old-format events carry no webhookEventId; their exact bytes still identify a redelivery.</summary>
    private static string EventIdOf(WebhookEvent e) =>
        !string.IsNullOrEmpty(e.WebhookEventId)
            ? e.WebhookEventId
            : "sha256:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(e.RawJson)));

    private IResult Refuse(int status, string reason)
    {
        log.LogWarning("Webhook refused with {Status}: {Reason}", status, reason);
        return Results.StatusCode(status);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > MaxBodyBytes) return null;
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) break;
                length += read;
                if (length > MaxBodyBytes) return null;
            }
            return buffer.AsSpan(0, length).ToArray();
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
    }
}
