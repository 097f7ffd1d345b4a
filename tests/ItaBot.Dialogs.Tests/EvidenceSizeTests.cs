using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class EvidenceSizeTests
{
    private const long Limit = 50L * 1024 * 1024;

    private static Transcript AtEvidenceWithLimit() => Complaints.AtEvidence(new Transcript(options: new DialogOptions { MaxFileBytes = Limit }));

    [Fact]
    public void A_file_larger_than_the_limit_is_refused_in_plain_thai_and_not_kept()
    {
        var t = AtEvidenceWithLimit();

        t.Send(new MediaInput("file", "big", "clip.mp4", null, null, Limit + 1));

        t.BotSays("ไฟล์นี้ใหญ่เกินไป (เกิน 50 MB) ระบบรับไม่ได้ค่ะ");
        t.BotSays("นำหลักฐานมาที่สำนักงาน");
        Assert.False(t.State!.Slots.ContainsKey("evidence"));
        t.BotOffers("ข้าม");
        Assert.Equal(0, t.State.Retries);
    }

    [Fact]
    public void A_file_at_the_limit_is_kept_as_evidence()
    {
        var t = AtEvidenceWithLimit();

        t.Send(new MediaInput("file", "ok", "report.pdf", null, null, Limit));

        t.BotSays("ได้รับแล้ว 1 รายการ");
        Assert.Equal("ok", Assert.Single(t.State!.Slots["evidence"].Items!).MessageId);
    }

    [Fact]
    public void A_photo_without_a_size_is_kept_and_left_to_the_download_to_judge()
    {
        var t = AtEvidenceWithLimit().SendPhoto();

        t.BotSays("ได้รับแล้ว 1 รายการ");
    }

    [Fact]
    public void Refused_files_never_end_the_flow_however_many_there_are()
    {
        var t = AtEvidenceWithLimit();

        for (var i = 0; i < 5; i++) t.Send(new MediaInput("file", "big" + i, "clip.mp4", null, null, Limit * 2));

        Assert.NotNull(t.State);
        t.BotSays("ใหญ่เกินไป");
        t.SendPhoto().BotSays("ได้รับแล้ว 1 รายการ");
    }
}
