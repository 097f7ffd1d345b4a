using ItaBot.Audit;
using ItaBot.Storage;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>
/// GET /reports/{token}: serves a report written for a chat link while the link is valid. A bad or missing signature
/// is a plain 404, so probing reveals nothing; an expired link, or one whose file was already swept, is 410 Gone.
/// </summary>
public static class ReportDownloadEndpoints
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        [".csv"] = "text/csv; charset=utf-8",
    };

    public static IEndpointRouteBuilder MapReportDownloads(this IEndpointRouteBuilder app)
    {
        app.MapGet("/reports/{token}", DownloadAsync);
        return app;
    }

    private static async Task<IResult> DownloadAsync(string token, HttpContext http, ReportLinkSigner signer, ReportFileStore files,
        IServiceScopeFactory scopes, TimeProvider time, ILoggerFactory logs, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["Referrer-Policy"] = "no-referrer";
        var now = time.GetUtcNow();
        var (status, link) = signer.Check(token, now);
        // Anyone on the internet can send tokens: an invalid one costs no database write, only a Debug line.
        if (status == ReportLinkStatus.Invalid || link is null)
        {
            logs.CreateLogger(LogCategory).LogDebug("Report download refused: invalid token");
            return Results.NotFound();
        }
        var path = files.PathOf(link);
        if (status == ReportLinkStatus.Expired || !File.Exists(path))
        {
            await RefusedAsync(scopes, logs, now, link, status == ReportLinkStatus.Expired ? "expired" : "gone", ct);
            return Results.StatusCode(StatusCodes.Status410Gone);
        }
        await AuditAsync(scopes, now, "report.downloaded", link, link.FileName, ct);
        return Results.File(path, ContentTypes[Path.GetExtension(link.FileName)], link.FileName);
    }

    private const string LogCategory = "ItaBot.Staff.ReportsDesk.ReportDownloads";
    private const string RefusedAction = "report.link_refused";

    /// <summary>
    /// The first refused use of a genuine link is audited; repeats of it are only logged, so replaying an old link
    /// cannot fill the audit log.
    /// </summary>
    private static async Task RefusedAsync(IServiceScopeFactory scopes, ILoggerFactory logs, DateTimeOffset now, ReportLink link,
        string detail, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var subject = Subject(link);
        if (await db.AuditEntries.AnyAsync(a => a.Subject == subject && a.Action == RefusedAction, ct))
        {
            logs.CreateLogger(LogCategory).LogDebug("Report download refused again ({Detail}) for {Subject}", detail, subject);
            return;
        }
        AuditLog.Add(db, now, "web", RefusedAction, subject, detail);
        await db.SaveChangesAsync(ct);
    }

    private static async Task AuditAsync(IServiceScopeFactory scopes, DateTimeOffset now, string action, ReportLink link, string detail,
        CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        AuditLog.Add(db, now, "web", action, Subject(link), detail);
        await db.SaveChangesAsync(ct);
    }

    private static string Subject(ReportLink link) => "report:" + link.FileId;
}
