using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.People;
using ItaBot.Storage.Entities;

namespace ItaBot.Staff;

/// <summary>
/// The staff side of the chat: enrollment, the staff menu, and staff buttons. Every staff action is checked
/// against the sender's role as stored now, so a postback typed by hand or kept from an old menu grants nothing.
/// </summary>
public sealed class StaffConversation(
    StaffEnrollment enrollment,
    LineUserDirectory users,
    Texts texts,
    IEnumerable<IStaffFeature> features,
    StaffMenu menu,
    StaffRefusal refusal,
    RichMenu.StaffRichMenuRequests richMenu,
    ILogger<StaffConversation> log) : IStaffConversation
{
    public const string EnrollWord = "ลงทะเบียน";

    public async Task<bool> TryHandleAsync(Turn turn, StaffMember? staff, UserInput input, Reply reply, CancellationToken ct)
    {
        var text = InputMapper.TextOf(input);
        if (EnrollmentAttempt(text) is { } code)
        {
            await EnrollAsync(turn, code, reply, ct);
            return true;
        }
        var data = (input as PostbackInput)?.Data;
        var isStaffButton = data?.StartsWith(StaffPostback.Prefix, StringComparison.Ordinal) == true;
        // Features may own words beyond the menu's (e.g. ปิดสรุปรายวัน); they still reach staff only.
        var isStaffWord = text is not null && (StaffWords.Contains(text) || features.Any(f => f.Owns(null, text)));
        if (!isStaffButton && !(isStaffWord && staff is not null)) return false;
        if (staff is null || !turn.IsOneToOne)
        {
            reply.Add(refusal.Refuse(turn, staff, StaffRefusal.Who.Registered, data ?? text ?? ""));
            return true;
        }
        var parts = data is null ? [] : StaffPostback.Parse(data);
        var request = new StaffRequest(turn, staff, input, isStaffWord ? text : null, parts);
        var feature = features.FirstOrDefault(f => f.Owns(request.Action, request.Word));
        if (feature is null) await AddMenuAsync(turn, staff, reply, ct);
        else await feature.HandleAsync(request, reply, ct);
        return true;
    }

    public Task AddMenuAsync(Turn turn, StaffMember staff, Reply reply, CancellationToken ct)
    {
        reply.Add(menu.Message(staff));
        return Task.CompletedTask;
    }

    public static readonly IReadOnlySet<string> StaffWords = new HashSet<string> { "งานของฉัน", "มาตรการ", "เรื่องร้องเรียน", "ความคิดเห็น", "รายงาน", "เมนูเจ้าหน้าที่" };

    /// <summary>
    /// The code typed after ลงทะเบียน, or null when the text is something else: "ลงทะเบียนรับหนังสือแล้ว" is everyday
    /// office Thai, in a complaint or a case note, and must reach the conversation it belongs to.
    /// </summary>
    public static string? EnrollmentAttempt(string? text)
    {
        if (text is null || !text.StartsWith(EnrollWord, StringComparison.Ordinal)) return null;
        var rest = text[EnrollWord.Length..].Trim();
        return rest.Length <= MaxTypedCode && rest.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ' ') ? rest : null;
    }

    /// <summary>Twelve symbols, dashes and stray spaces, with room to spare for a mistyped one.</summary>
    private const int MaxTypedCode = 30;

    private async Task EnrollAsync(Turn turn, string code, Reply reply, CancellationToken ct)
    {
        if (!turn.IsOneToOne || turn.UserId is null)
        {
            if (await enrollment.CancelExposedAsync(turn.Db, code, turn.Now, ct))
                log.LogWarning("An enrollment code was sent in a group chat and has been cancelled (event {EventId})", turn.EventId);
            reply.Add(texts.Message("staff.enroll_in_group"));
            return;
        }
        var member = await enrollment.EnrollAsync(turn.Db, users.Hash(turn.UserId), code, turn.Now, ct);
        if (member is null)
        {
            reply.Add(texts.Message("staff.enroll_refused", extra: texts.Buttons("menu.buttons")));
            return;
        }
        await richMenu.QueueAsync(turn.Db, member.UserHash, RichMenu.RichMenuLinkAction.Link, turn.Now, ct);
        reply.Add(texts.Message("staff.enrolled", Texts.Values(("role", texts.Plain("role." + member.Role)), ("unit", member.Unit))));
        await AddMenuAsync(turn, member, reply, ct);
    }
}
