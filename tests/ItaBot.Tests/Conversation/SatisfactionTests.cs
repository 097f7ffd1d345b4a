using System.Text;
using ItaBot.Complaints;
using ItaBot.Conversation;
using ItaBot.Dialogs;
using ItaBot.Inbox;
using ItaBot.Line.Webhook;
using ItaBot.Security;
using ItaBot.Storage;
using ItaBot.Tests.Alerts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Conversation;

public sealed class SatisfactionTests
{
    private static readonly DateTimeOffset Monday = new(2025, 11, 17, 9, 0, 0, TimeSpan.FromHours(7));

    [Fact]
    public async Task The_complainant_s_rating_and_comment_are_kept_with_the_comment_encrypted()
    {
        await using var h = ServiceHarness.Create(Monday);
        var citizen = await h.AddCitizenAsync();
        var c = await h.AddComplaintAsync(ComplaintStage.Closed, Monday, complainantUserId: citizen);

        await RateAsync(h, citizen, c.Id, "4", "ขอบคุณที่ติดตามให้ค่ะ");

        var stored = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Equal(4, stored.Satisfaction);
        Assert.NotNull(stored.SatisfactionComment);
        Assert.True(stored.SatisfactionComment.AsSpan().IndexOf(Encoding.UTF8.GetBytes("ขอบคุณ")) < 0);
        Assert.Equal("ขอบคุณที่ติดตามให้ค่ะ",
            h.Get<FieldCipher>().DecryptText(stored.SatisfactionComment, ComplaintService.SatisfactionPurpose));
    }

    [Fact]
    public async Task A_rating_keeps_when_it_was_given_so_published_figures_count_it_from_that_day_on()
    {
        await using var h = ServiceHarness.Create(Monday.AddDays(-3));
        var citizen = await h.AddCitizenAsync();
        var c = await h.AddComplaintAsync(ComplaintStage.Closed, Monday, complainantUserId: citizen);

        await RateAsync(h, citizen, c.Id, "2", "");

        var stored = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Equal((Monday.ToUnixTimeMilliseconds(), Monday.ToUnixTimeMilliseconds()), (stored.SatisfactionAt, stored.UpdatedAt));
    }

    [Fact]
    public async Task Someone_else_cannot_rate_a_case_by_naming_its_id()
    {
        await using var h = ServiceHarness.Create(Monday);
        var owner = await h.AddCitizenAsync();
        var stranger = await h.AddCitizenAsync();
        var c = await h.AddComplaintAsync(ComplaintStage.Closed, Monday, complainantUserId: owner);

        await RateAsync(h, stranger, c.Id, "1", "");

        var stored = await h.WithDbAsync(db => db.Complaints.AsNoTracking().SingleAsync(x => x.Id == c.Id));
        Assert.Null(stored.Satisfaction);
        Assert.Null(stored.SatisfactionComment);
    }

    private static async Task RateAsync(ServiceHarness h, string userId, long caseId, string score, string comment)
    {
        await using var scope = h.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var body = $$$"""{"events":[{"type":"postback","timestamp":1,"mode":"active","webhookEventId":"01TEST","deliveryContext":{"isRedelivery":false},"source":{"type":"user","userId":"{{{userId}}}"},"postback":{"data":"d|x"}}]}""";
        var e = WebhookParser.Parse(Encoding.UTF8.GetBytes(body)).Envelope!.Events[0];
        var turn = new Turn(db, e, Monday, Monday);
        var slots = new Dictionary<string, SlotValue>
        {
            ["case_ref"] = new(caseId.ToString(), caseId.ToString()),
            ["score"] = new(score, score),
            ["comment"] = new(comment, comment),
        };
        await scope.ServiceProvider.GetRequiredService<CompletionHandler>()
            .HandleAsync(turn, new FlowCompletion("satisfaction", "satisfaction.submit", slots), CancellationToken.None);
        await db.SaveChangesAsync();
    }
}
