using System.Globalization;
using ItaBot.Audit;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Staff.Admin;

/// <summary>
/// Admins list the staff and revoke one, with a confirm tap. The revocation is a status change read fresh at every
/// turn, so it bites at the person's next message; an admin cannot revoke themselves here and lock everyone out.
/// </summary>
public sealed class StaffAdminFeature(
    Texts texts,
    LineRenderer renderer,
    StaffEnrollment enrollment,
    RichMenu.StaffRichMenuRequests richMenu,
    StaffRefusal refusal) : IStaffFeature
{
    private const int PageSize = 12;

    public bool Owns(string? action, string? word) => action is AdminPostback.ListAction or AdminPostback.RevokeAction;

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        if (request.Staff.Role != StaffRole.Admin)
        {
            reply.Add(refusal.Refuse(turn, request.Staff, StaffRefusal.Who.Admins, string.Join('|', request.Parts)));
            return;
        }
        if (request.Action == AdminPostback.ListAction) await ListAsync(request, reply, ct);
        else await RevokeAsync(request, reply, ct);
    }

    private async Task ListAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var others = await request.Turn.Db.StaffMembers.AsNoTracking()
            .Where(s => s.Status != StaffStatus.Revoked && s.Id != request.Staff.Id).OrderBy(s => s.Id).ToListAsync(ct);
        if (others.Count == 0)
        {
            reply.Add(texts.Message("staffadmin.empty"));
            return;
        }
        var lastPage = (others.Count - 1) / PageSize;
        var page = (int)Math.Clamp(request.Id ?? 0, 0, lastPage);
        var shown = others.Skip(page * PageSize).Take(PageSize).ToList();
        var statuses = await ShownStaffStatus.LoadAsync(request.Turn.Db, request.Turn.Now, ct);
        // Invited people are listed (an admin may cancel them) but are not yet in use.
        var active = others.Count(s => s.Status == StaffStatus.Active);
        var header = texts.Plain("staffadmin.header", Texts.Values(("count", N(active))));
        reply.Add(renderer.Text(header));
        var carousel = new FlexMessage(header, new FlexCarousel(shown.Select(m => Bubble(m, statuses.Of(m))).ToList()));
        if (page < lastPage)
        {
            var more = new Button(ButtonKind.Postback, texts.Plain("activity.btn.more"), AdminPostback.Page(page + 1));
            carousel.QuickReply = new QuickReply { Items = [new QuickReplyItem(renderer.Action(more))] };
        }
        reply.Add(carousel);
    }

    private FlexBubble Bubble(StaffMember member, string status)
    {
        var revoke = new Button(ButtonKind.Postback, texts.Plain("staffadmin.btn.revoke"), AdminPostback.Revoke(member.Id));
        var card = renderer.Card(Title(member), [
            (texts.Plain("staffadmin.field.role"), texts.Plain("role." + member.Role)),
            (texts.Plain("staffadmin.field.unit"), member.Unit),
            (texts.Plain("staffadmin.field.status"), texts.Plain("staffadmin.status." + status)),
        ], [revoke]);
        return (FlexBubble)card.Contents;
    }

    private async Task RevokeAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        var target = request.Id is { } id
            ? await turn.Db.StaffMembers.FirstOrDefaultAsync(s => s.Id == id && s.Status != StaffStatus.Revoked, ct)
            : null;
        if (target is null)
        {
            reply.Add(texts.Message("staffadmin.not_found"));
            return;
        }
        if (target.Id == request.Staff.Id)
        {
            reply.Add(texts.Message("staffadmin.not_self"));
            return;
        }
        if (request.Parts.Count < 4 || request.Parts[3] != AdminPostback.Yes)
        {
            reply.Add(texts.Message("staffadmin.confirm", Texts.Values(("id", N(target.Id)), ("name", NameOf(target)),
                ("role", texts.Plain("role." + target.Role)), ("unit", target.Unit)), [
                new Button(ButtonKind.Postback, texts.Plain("staffadmin.btn.confirm"), AdminPostback.ConfirmRevoke(target.Id)),
                new Button(ButtonKind.Postback, texts.Plain("staffadmin.btn.keep"), AdminPostback.List),
            ]));
            return;
        }
        target.Status = StaffStatus.Revoked;
        target.RevokedAt = turn.Now.ToUnixTimeMilliseconds();
        AuditLog.Add(turn.Db, turn.Now, AuditLog.Staff(request.Staff.Id), "staff.revoked", "staff:" + target.Id, "chat");
        await richMenu.QueueAsync(turn.Db, target.UserHash, RichMenu.RichMenuLinkAction.Unlink, turn.Now, ct);
        reply.Add(texts.Message("staffadmin.revoked", Texts.Values(("id", N(target.Id)))));
    }

    private string Title(StaffMember member) =>
        texts.Plain("staffadmin.card", Texts.Values(("id", N(member.Id)), ("name", NameOf(member))));

    private string NameOf(StaffMember member) => enrollment.NameOf(member) ?? texts.Plain("staffadmin.no_name");

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);
}
