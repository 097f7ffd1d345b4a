using System.Globalization;
using ItaBot.Audit;
using ItaBot.Calendar;
using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Reports.Data;
using Microsoft.Extensions.Options;

namespace ItaBot.Staff.ReportsDesk;

/// <summary>
/// The admin's รายงาน in chat: pick a report, the host writes it and answers with a short-lived signed download link.
/// Only admins may ask; every link issued is audited, and so is every download (see ReportDownloadEndpoints).
/// </summary>
public sealed class ReportsDeskFeature(
    Texts texts,
    ReportProducer producer,
    ReportFileStore files,
    ReportLinkSigner signer,
    ReportMenu menu,
    IOptions<OrganisationOptions> organisation,
    StaffRefusal refusal,
    ILogger<ReportsDeskFeature> log) : IStaffFeature
{
    public const string Word = "รายงาน";

    public bool Owns(string? action, string? word) => action == ReportChoice.Action || word == Word;

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        if (request.Staff.Role != StaffRole.Admin)
        {
            reply.Add(refusal.Refuse(turn, request.Staff, StaffRefusal.Who.Admins, "report", auditAction: "report.denied"));
            return;
        }
        if (ReportChoice.Parse(request.Parts) is not { } choice)
        {
            reply.Add(texts.Message("report.menu", extra: menu.Buttons(BangkokTime.DateOf(turn.Now))));
            return;
        }
        if (BaseUrl() is not { } baseUrl)
        {
            reply.Add(texts.Message("report.no_public_url", Texts.Values(("command", choice.Command))));
            return;
        }
        await IssueAsync(request, choice, baseUrl, reply, ct);
    }

    private async Task IssueAsync(StaffRequest request, ReportChoice choice, string baseUrl, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        files.Sweep(turn.Now);
        var link = files.Reserve(choice.FileName, turn.Now);
        try
        {
            if (!await producer.WriteAsync(turn.Db, choice, BangkokTime.DateOf(turn.Now), files.Prepare(link), ct))
            {
                reply.Add(texts.Message("report.no_measures", Texts.Values(("year", Year(choice.FiscalYear)))));
                return;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.LogError("Report {Kind} {Year} could not be written: {Error}", choice.Kind, choice.FiscalYear, e.GetType().Name);
            reply.Add(texts.Message("report.failed"));
            return;
        }
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(request.Staff.Id), "report.link_issued", "report:" + link.FileId, choice.FileName);
        var url = $"{baseUrl}/reports/{signer.Sign(link)}";
        reply.Add(texts.Message("report.ready", Texts.Values(
            ("title", Title(choice, BangkokTime.DateOf(turn.Now))),
            ("link", url),
            ("minutes", ((int)files.Lifetime.TotalMinutes).ToString(CultureInfo.InvariantCulture)))));
    }

    private string? BaseUrl() =>
        organisation.Value.PublicBaseUrl is { } url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.ToString().TrimEnd('/')
            : null;

    // The day the figures stop at is named in chat as in the document, by the same rule the producer used.
    private string Title(ReportChoice choice, DateOnly today) => choice.Kind == ReportChoice.Measures
        ? texts.Plain("report.title.measures", Texts.Values(("year", Year(choice.FiscalYear))))
        : texts.Plain("report.title.complaints", Texts.Values(
            ("year", Year(choice.FiscalYear)),
            ("period", texts.Plain(choice.Half is { } h ? "report.period.half" + h : "report.period.year")),
            ("until", ThaiDates.FormatLong(StatisticsCutoff.Default(ReportPeriod.Of(choice.FiscalYear, choice.Half), today).DataUntil))));

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
