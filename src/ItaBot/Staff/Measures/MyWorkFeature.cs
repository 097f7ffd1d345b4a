using System.Globalization;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Line.Messaging;
using ItaBot.Measures;

namespace ItaBot.Staff.Measures;

/// <summary>งานของฉัน: the activities of the member's own unit (admins: all), overdue first, twelve to a page.</summary>
public sealed class MyWorkFeature(Texts texts, LineRenderer renderer, ActivityCards cards) : IStaffFeature
{
    public const string Word = "งานของฉัน";
    public const string ActionName = "mywork";

    public bool Owns(string? action, string? word) => action == ActionName || (action is null && word == Word);

    public async Task HandleAsync(StaffRequest request, Reply reply, CancellationToken ct)
    {
        var turn = request.Turn;
        var year = await MeasureYears.CurrentAsync(turn.Db, turn.Now, ct);
        var views = await ActivityQueries.ForStaffAsync(turn.Db, request.Staff, year, turn.Now, ct);
        var unit = ActivityAccess.SeesAll(request.Staff) ? texts.Plain("mywork.all_units") : request.Staff.Unit;
        if (views.Count == 0)
        {
            reply.Add(texts.Message("mywork.empty", Texts.Values(("unit", unit), ("year", N(year)))));
            return;
        }
        var lastPage = (views.Count - 1) / ActivityCards.PageSize;
        var page = (int)Math.Clamp(request.Id ?? 0, 0, lastPage);
        var shown = views.Skip(page * ActivityCards.PageSize).Take(ActivityCards.PageSize).ToList();
        var header = page == 0
            ? texts.Plain("mywork.header", Texts.Values(("unit", unit), ("year", N(year)), ("count", N(views.Count)),
                ("overdue", N(views.Count(v => v.IsOverdue)))))
            : texts.Plain("mywork.page", Texts.Values(("from", N(page * ActivityCards.PageSize + 1)),
                ("to", N(page * ActivityCards.PageSize + shown.Count)), ("count", N(views.Count))));
        reply.Add(renderer.Text(header));
        var carousel = cards.Carousel(shown, header);
        if (page < lastPage)
        {
            var more = new Button(ButtonKind.Postback, texts.Plain("activity.btn.more"), MorePostback(page + 1));
            carousel.QuickReply = new QuickReply { Items = [new QuickReplyItem(renderer.Action(more))] };
        }
        reply.Add(carousel);
    }

    public static string MorePostback(int page) => StaffPostback.MyWork + "|" + N(page);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}
