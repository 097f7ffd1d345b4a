using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class NavigationTests
{
    [Fact]
    public void Typing_back_returns_to_the_previous_question_and_forgets_its_answer()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม");

        t.Say("ย้อนกลับ");

        t.BotSays("ท่านต้องการแจ้งชื่อหรือไม่");
        Assert.Equal("identity", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("identity"));
    }

    [Fact]
    public void Back_skips_steps_whose_condition_failed()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("นายสมชาย");

        t.Tap("ย้อนกลับ");

        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");
        t.Tap("ย้อนกลับ");
        t.BotSays("ท่านต้องการแจ้งชื่อหรือไม่");
    }

    [Fact]
    public void Cancel_ends_the_flow_without_a_completion_and_shows_the_menu()
    {
        var t = Complaints.AtEvidence();

        t.Tap("ยกเลิก");

        Assert.Null(t.State);
        Assert.Null(t.Completion);
        Assert.True(t.Last.ShowMenu);
        t.BotSays("ยกเลิกเรียบร้อยแล้ว");
    }

    [Fact]
    public void Menu_keeps_the_state_and_resume_asks_the_same_step_again()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม");

        t.Say("เมนู");
        Assert.True(t.Last.ShowMenu);
        Assert.Empty(t.Last.Messages);
        Assert.Equal("who", t.State!.StepId);

        t.Send(new PostbackInput("d|resume", null));
        t.BotSays("ผู้ที่ท่านร้องเรียนคือใคร");
        Assert.False(t.Last.ShowMenu);
    }

    [Fact]
    public void A_flow_whose_steps_were_edited_restarts_from_the_first_step_with_a_notice()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม");
        var edited = File.ReadAllText(Path.Combine(ShippedDialogs.Folder, "complaint.yaml")).Replace("    min_length: 2\n    max_length: 300", "    min_length: 3\n    max_length: 300");
        t.Catalog = FlowCatalog.Load(ShippedDialogs.With("complaint.yaml", edited));

        t.Say("นายสมชาย");

        t.BotSays("ขั้นตอนมีการปรับปรุง");
        t.BotSays(Complaints.PrivacyUrl);
        Assert.Equal("privacy", t.State!.StepId);
        Assert.Equal(t.Catalog.Flow("complaint").Version, t.State.FlowVersion);
        Assert.False(t.State.Slots.ContainsKey("identity"));
    }

    [Fact]
    public void A_stale_button_from_an_earlier_step_asks_the_current_step_again()
    {
        var t = Complaints.Started();
        var oldButton = t.Buttons.Single(b => b.Label == "รับทราบ");
        t.Tap("รับทราบ");

        t.Send(new PostbackInput(oldButton.Data!, null));

        t.BotSays("ท่านต้องการแจ้งชื่อหรือไม่");
        Assert.Equal("identity", t.State!.StepId);
        Assert.Equal(0, t.State.Retries);
    }

    [Fact]
    public void A_sticker_asks_the_step_again_without_counting_a_failed_try()
    {
        var t = Complaints.Started().Tap("รับทราบ");

        t.Send(new StickerInput());

        t.BotSays("ท่านต้องการแจ้งชื่อหรือไม่");
        Assert.Equal(0, t.State!.Retries);
    }

    [Fact]
    public void Typing_a_button_label_works_like_tapping_it()
    {
        var t = Complaints.Started();

        t.Say("รับทราบ").Say("ไม่ประสงค์ออกนาม");

        Assert.Equal("who", t.State!.StepId);
    }

    [Fact]
    public void Every_postback_the_engine_makes_starts_with_d_bar_and_fits_300_chars()
    {
        var t = Complaints.AtEvidence();

        Assert.All(t.Buttons.Where(b => b.Data is not null), b =>
        {
            Assert.StartsWith("d|", b.Data);
            Assert.True(b.Data!.Length <= 300);
        });
    }

    [Fact]
    public void A_button_label_typed_without_its_note_in_brackets_counts_as_the_tap()
    {
        var t = Complaints.Started().Tap("รับทราบ");

        t.Say("แจ้งชื่อ");

        t.BotSays("ชื่อและนามสกุล");
    }

    [Fact]
    public void A_reworded_question_leaves_a_draft_in_progress_where_it_was()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม");
        var edited = File.ReadAllText(Path.Combine(ShippedDialogs.Folder, "complaint.yaml")).Replace("เกิดอะไรขึ้นคะ", "เล่าเหตุการณ์ให้ฟังหน่อยค่ะ");
        t.Catalog = FlowCatalog.Load(ShippedDialogs.With("complaint.yaml", edited));

        t.Say("นายสมชาย");

        t.BotSays("เล่าเหตุการณ์ให้ฟังหน่อยค่ะ");
        Assert.Equal("what", t.State!.StepId);
        Assert.Equal("anonymous", t.State.Slots["identity"].Value);
    }
}
