using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

/// <summary>
/// Someone who leaves a draft for longer than the pause (30 minutes here) and comes back: their next message is not
/// taken as an answer; they are told where they were and choose to go on, start over or cancel. After the time
/// drafts are kept (a day here) the draft is gone and they are told so.
/// </summary>
public sealed class ComingBackTests
{
    private static readonly string[] ReminderButtons = ["ทำต่อ", "เริ่มใหม่", "ยกเลิก"];
    private static readonly string[] RestartButtons = ["ยืนยันเริ่มใหม่", "กลับไปทำต่อ"];

    /// <summary>A named complaint with the name given, waiting for the phone number.</summary>
    private static Transcript AtPhone(Transcript? transcript = null) =>
        Complaints.Started(transcript).Tap("รับทราบ").Tap("แจ้งชื่อ (เก็บเป็นความลับ)").Say("สมศรี ใจดี");

    [Theory]
    [InlineData(45)]
    [InlineData(180)]
    public void A_message_after_a_long_pause_is_not_taken_the_bot_says_which_item_and_question_and_asks_what_to_do(int minutes)
    {
        var t = AtPhone();

        t.Wait(TimeSpan.FromMinutes(minutes)).Say("081-234-5678");

        t.BotSays("ท่านทำรายการ \"ร้องเรียนการทุจริต\" ค้างไว้");
        t.BotSays("ล่าสุดถึงขั้นตอน \"เบอร์โทรศัพท์\"");
        t.BotSays("ยังไม่ได้บันทึก");
        Assert.Equal(ReminderButtons, t.Labels);
        Assert.Equal("phone", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("phone"));
        Assert.Equal("สมศรี ใจดี", t.State.Slots["name"].Value);
        Assert.True(t.State.Paused);
    }

    [Fact]
    public void Within_the_pause_the_flow_goes_on_without_asking()
    {
        var t = AtPhone();

        t.Wait(TimeSpan.FromMinutes(29)).Say("081-234-5678");

        Assert.Equal("who", t.State!.StepId);
        Assert.False(t.State.Paused);
    }

    [Fact]
    public void Continue_asks_the_same_question_again_and_the_next_answer_is_taken()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromMinutes(45)).Say("081-234-5678");

        t.Tap("ทำต่อ");
        t.BotSays("กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้");
        Assert.False(t.State!.Paused);
        t.Say("081-234-5678");

        Assert.Equal("who", t.State!.StepId);
        Assert.Equal("0812345678", t.State.Slots["phone"].Value);
    }

    [Theory]
    [InlineData("ทำต่อ")]
    [InlineData("ทำต่อค่ะ")]
    [InlineData(" ทำต่อ นะคะ ")]
    public void Continue_typed_with_or_without_a_polite_ending_works_like_the_button(string typed)
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromMinutes(45)).Say("สวัสดีค่ะ");

        t.Say(typed);

        t.BotSays("กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้");
        Assert.Equal("phone", t.State!.StepId);
        Assert.False(t.State.Paused);
    }

    [Fact]
    public void Start_over_asks_once_before_the_answers_are_thrown_away_and_keeps_them_meanwhile()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");

        t.Tap("เริ่มใหม่");

        t.BotSays("ถ้าเริ่มใหม่ ข้อมูลที่กรอกไว้ในรายการ \"ร้องเรียนการทุจริต\" จะถูกลบทั้งหมดค่ะ");
        Assert.Equal(RestartButtons, t.Labels);
        Assert.Equal("phone", t.State!.StepId);
        Assert.Equal("สมศรี ใจดี", t.State.Slots["name"].Value);
        Assert.True(t.State.Paused);
    }

    [Fact]
    public void Going_back_from_the_start_over_question_asks_the_waiting_question_again_with_the_answers_kept()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");
        t.Tap("เริ่มใหม่");

        t.Tap("กลับไปทำต่อ");
        t.BotSays("กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้");
        t.Say("081-234-5678");

        Assert.Equal("who", t.State!.StepId);
        Assert.Equal("สมศรี ใจดี", t.State.Slots["name"].Value);
    }

    [Fact]
    public void Something_typed_while_the_start_over_question_shows_is_not_taken_and_the_reminder_comes_back()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");
        t.Tap("เริ่มใหม่");

        t.Say("081-234-5678");

        Assert.Equal(ReminderButtons, t.Labels);
        Assert.False(t.State!.Slots.ContainsKey("phone"));
        Assert.Equal("สมศรี ใจดี", t.State.Slots["name"].Value);
    }

    [Fact]
    public void Start_over_typed_politely_also_asks_first_and_the_confirmation_typed_starts_over()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");

        t.Say("เริ่มใหม่ค่ะ");
        Assert.Equal(RestartButtons, t.Labels);
        t.Say("ยืนยันเริ่มใหม่");

        Assert.Equal("privacy", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("name"));
    }

    [Fact]
    public void Start_over_confirmed_begins_the_same_item_from_its_first_question_without_the_old_answers()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");

        t.Tap("เริ่มใหม่").Tap("ยืนยันเริ่มใหม่");

        t.BotSays(Complaints.PrivacyUrl);
        Assert.Equal("privacy", t.State!.StepId);
        Assert.False(t.State.Slots.ContainsKey("name"));
        Assert.False(t.State.Paused);
    }

    [Fact]
    public void Cancel_ends_the_draft_without_sending_it_and_shows_the_menu()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromHours(3)).Say("สวัสดีค่ะ");

        t.Tap("ยกเลิก");

        Assert.Null(t.State);
        Assert.Null(t.Completion);
        Assert.True(t.Last.ShowMenu);
        t.BotSays("ไม่ได้ถูกส่ง");
    }

    [Fact]
    public void Anything_else_while_the_question_shows_is_not_taken_and_only_a_further_photo_goes_unanswered()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromMinutes(45)).Say("สวัสดีค่ะ");

        t.Say("081-234-5678");
        Assert.Equal(ReminderButtons, t.Labels);
        t.SendPhoto();
        Assert.Empty(t.Last.Messages);
        t.Send(new StickerInput());

        Assert.Equal(ReminderButtons, t.Labels);
        Assert.False(t.State!.Slots.ContainsKey("phone"));
        Assert.Equal(0, t.State.Retries);
    }

    [Fact]
    public void Photos_sent_after_a_long_pause_where_photos_are_asked_for_are_kept_without_a_reminder()
    {
        var t = Complaints.AtEvidence();

        t.Wait(TimeSpan.FromHours(3)).SendPhoto(setIndex: 1, setTotal: 2);
        Assert.Empty(t.Last.Messages);
        t.SendPhoto(setIndex: 2, setTotal: 2);

        t.BotSays("ได้รับแล้ว 2 รายการ");
        t.BotOffers("เสร็จแล้ว");
        Assert.False(t.State!.Paused);
    }

    [Fact]
    public void A_place_sent_after_a_long_pause_where_the_place_is_asked_for_is_taken_as_the_answer()
    {
        var t = Complaints.Started().Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม").Say("นายสมชาย เจ้าหน้าที่กองช่าง")
            .Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง").Tap("เลือกวันที่", date: "2025-06-01");

        t.Wait(TimeSpan.FromHours(3)).SendLocation("ตลาดสดเทศบาล", 15.25, 101.5);

        t.BotOffers("ถ่ายรูป", "เลือกรูปภาพ", "ข้าม");
        Assert.Equal("ตลาดสดเทศบาล", t.State!.Slots["where"].Display);
        Assert.False(t.State.Paused);
    }

    [Fact]
    public void A_burst_of_photos_after_a_long_pause_where_none_is_asked_for_gets_one_reminder_not_one_per_photo()
    {
        var t = AtPhone();

        t.Wait(TimeSpan.FromHours(3)).SendPhoto(setIndex: 1, setTotal: 3);
        var first = t.Last.Messages.Count;
        t.SendPhoto(setIndex: 2, setTotal: 3);
        var second = t.Last.Messages.Count;
        t.SendPhoto(setIndex: 3, setTotal: 3);

        Assert.Equal((1, 0, 0), (first, second, t.Last.Messages.Count));
        Assert.True(t.State!.Paused);
        Assert.Equal("phone", t.State.StepId);
    }

    [Fact]
    public void A_tap_on_the_waiting_question_s_own_button_is_an_answer_to_it_and_is_taken()
    {
        var t = Complaints.Started().Tap("รับทราบ");

        t.Wait(TimeSpan.FromHours(2)).Tap("ไม่ประสงค์ออกนาม");

        Assert.Equal("who", t.State!.StepId);
        Assert.Equal("anonymous", t.State.Slots["identity"].Value);
        Assert.False(t.State.Paused);
    }

    [Fact]
    public void Submit_tapped_on_the_summary_card_after_a_pause_sends_the_complaint()
    {
        var t = Complaints.AtSummary();

        t.Wait(TimeSpan.FromHours(3)).Tap("ยืนยันส่งเรื่อง");

        Assert.Equal("complaint.submit", t.Completion!.Action);
    }

    [Fact]
    public void A_stale_button_of_an_earlier_question_after_a_pause_gets_the_reminder()
    {
        var t = Complaints.Started();
        var oldButton = t.Buttons.Single(b => b.Label == "รับทราบ");
        t.Tap("รับทราบ");

        t.Wait(TimeSpan.FromHours(1)).Send(new PostbackInput(oldButton.Data!, null));

        Assert.Equal(ReminderButtons, t.Labels);
        Assert.Equal("identity", t.State!.StepId);
    }

    [Fact]
    public void The_menu_word_shows_the_menu_and_its_resume_button_goes_on_where_the_person_was()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromMinutes(45)).Say("เมนู");

        Assert.True(t.Last.ShowMenu);
        Assert.True(t.State!.Paused);
        t.Send(new PostbackInput(Postback.Resume, null));

        t.BotSays("กรุณาพิมพ์เบอร์โทรศัพท์ที่ติดต่อได้");
        Assert.False(t.State!.Paused);
    }

    [Fact]
    public void A_step_without_a_label_is_named_by_the_first_line_of_its_question()
    {
        var t = Complaints.Started();

        t.Wait(TimeSpan.FromMinutes(45)).Say("สวัสดีค่ะ");

        t.BotSays("ล่าสุดถึงขั้นตอน \"ก่อนเริ่ม ขอแจ้งเรื่องข้อมูลส่วนบุคคลค่ะ\"");
    }

    [Fact]
    public void A_pause_while_the_complaint_channel_question_shows_comes_back_to_that_question()
    {
        var t = new Transcript().Start("feedback", new Dictionary<string, string> { ["privacy_url"] = Complaints.PrivacyUrl });
        t.Tap("การให้บริการ").Say("เจ้าหน้าที่เรียกเงินใต้โต๊ะค่าขออนุญาต");

        t.Wait(TimeSpan.FromHours(1)).Say("ค่ะ");
        t.BotSays("ท่านทำรายการ \"แสดงความคิดเห็น\" ค้างไว้");
        t.Tap("ทำต่อ");

        t.BotSays("ต้องการย้ายไปร้องเรียนการทุจริตไหม");
        Assert.Equal(PendingKind.ScreenConfirm, t.State!.Pending!.Kind);
    }

    [Fact]
    public void A_staff_note_left_for_hours_names_the_case_and_start_over_keeps_the_case()
    {
        var t = new Transcript().Start("staff_note", new Dictionary<string, string>
        {
            ["case_id"] = "3", ["case_no"] = "ทจ-2569-0003", ["target"] = "dismissed", ["target_label"] = "ยุติเรื่อง", ["public_text"] = "note",
        });

        t.Wait(TimeSpan.FromHours(2)).Say("โทรหาผู้ร้องแล้ว");
        t.BotSays("ล่าสุดถึงขั้นตอน \"เรื่อง ทจ-2569-0003: ยุติเรื่อง\"");
        t.Tap("เริ่มใหม่").Tap("ยืนยันเริ่มใหม่");

        t.BotSays("เรื่อง ทจ-2569-0003: ยุติเรื่อง");
        Assert.Equal("3", t.State!.Slots["case_id"].Value);
        Assert.False(t.State.Slots.ContainsKey("note"));
    }

    [Fact]
    public void After_the_time_drafts_are_kept_the_draft_is_gone_and_the_person_is_told_plainly()
    {
        var t = AtPhone();

        t.Wait(TimeSpan.FromHours(25)).Say("081-234-5678");

        Assert.Null(t.State);
        Assert.Null(t.Completion);
        Assert.True(t.Last.ShowMenu);
        t.BotSays("ถูกลบแล้ว เพราะไม่ได้ทำต่อเกิน 1 วัน");
        t.BotSays("ไม่ได้ถูกส่ง");
    }

    [Fact]
    public void The_days_in_the_notice_follow_the_time_drafts_are_kept()
    {
        var t = AtPhone(new Transcript(options: new DialogOptions { KeepFor = TimeSpan.FromDays(3) }));

        t.Wait(TimeSpan.FromDays(2)).Say("สวัสดีค่ะ");
        Assert.Equal(ReminderButtons, t.Labels);
        t.Wait(TimeSpan.FromDays(3.5)).Say("สวัสดีค่ะ");

        Assert.Null(t.State);
        t.BotSays("เกิน 3 วัน");
    }

    [Fact]
    public void A_paused_draft_saved_and_loaded_is_still_paused_and_an_older_saved_draft_loads_as_not_paused()
    {
        var t = AtPhone();
        t.Wait(TimeSpan.FromMinutes(45)).Say("สวัสดีค่ะ");

        var json = DialogStateJson.Serialize(t.State!);
        var older = json.Replace(",\"Paused\":true", "");

        Assert.True(DialogStateJson.Deserialize(json).Paused);
        Assert.NotEqual(json, older);
        Assert.False(DialogStateJson.Deserialize(older).Paused);
    }
}
