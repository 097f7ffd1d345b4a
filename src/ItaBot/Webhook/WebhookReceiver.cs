using System.Buffers;
using System.Diagnostics;
using System.Security.Cryptography;
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
        var (buffer, length) = await ReadBodyAsync(http.Request, http.RequestAborted);
        List<InboxRecord> records;
        try
        {
            if (length < 0) return Refuse(413, "body too large");
            var body = buffer.AsSpan(0, length);
            var signature = http.Request.Headers["x-line-signature"].ToString();
            if (!LineSignature.IsValid(line.Value.ChannelSecret, body, signature))
                return Refuse(401, string.IsNullOrEmpty(signature) ? "missing signature" : "bad signature");

            var scan = WebhookScanner.Scan(body);
            // The scan's reason never quotes the body, so it is safe to log.
            if (!scan.IsValid) return Refuse(400, "malformed body: " + scan.Error);
            records = new List<InboxRecord>(scan.Events.Count);
            foreach (var e in scan.Events) records.Add(ToRecord(e, body[e.Raw], index, cipher));
        }
        finally { ArrayPool<byte>.Shared.Return(buffer); }
        if (records.Count == 0) return Results.Ok();

        try { await inbox.WriteAsync(records, http.RequestAborted); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not stored, so not acknowledged: LINE's redelivery (when enabled) sends it again.
            log.LogError("Webhook not stored ({Error}); answering 503", e.GetType().Name);
            return Results.StatusCode(503);
        }
        // Debug, not Information: each stored event is logged again, with its id and wait, when its turn runs; a line
        // per request here cost more CPU than storing the events.
        if (log.IsEnabled(LogLevel.Debug))
            log.LogDebug("Webhook stored {Events} events in {Ms:F1} ms: {EventIds}",
                records.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds, string.Join(',', records.Select(r => r.WebhookEventId)));
        return Results.Ok();
    }

    /// <summary>What the inbox stores of one event: identifiers in clear or keyed, the event's own bytes sealed.</summary>
    public static InboxRecord ToRecord(ScannedEvent e, ReadOnlySpan<byte> raw, BlindIndex index, FieldCipher cipher) => new(
        EventIdOf(e, raw),
        index.Chat(e.ChatId ?? ""),
        string.IsNullOrEmpty(e.Type) ? "unknown" : e.Type,
        e.IsStandby,
        e.Timestamp,
        cipher.Encrypt(raw, InboxPurpose));

    public const string InboxPurpose = "inbox.event";

    /// <summary>Old-format events carry no webhookEventId; their exact bytes still identify a redelivery.</summary>
    private static string EventIdOf(ScannedEvent e, ReadOnlySpan<byte> raw) =>
        !string.IsNullOrEmpty(e.WebhookEventId) ? e.WebhookEventId : "sha256:" + Convert.ToHexString(SHA256.HashData(raw));

    private IResult Refuse(int status, string reason)
    {
        log.LogWarning("Webhook refused with {Status}: {Reason}", status, reason);
        return Results.StatusCode(status);
    }

    /// <summary>The body in a pooled buffer the caller returns; length -1 when it is over the limit.</summary>
    private static async Task<(byte[] Buffer, int Length)> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(16 * 1024);
        var length = 0;
        try
        {
            while (true)
            {
                if (length == buffer.Length)
                {
                    if (buffer.Length > MaxBodyBytes) return (buffer, -1);
                    var bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }
                var read = await request.Body.ReadAsync(buffer.AsMemory(length), ct);
                if (read == 0) return (buffer, length);
                length += read;
                if (length > MaxBodyBytes) return (buffer, -1);
            }
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }
}
