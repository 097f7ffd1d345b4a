using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class TrackAndSatisfactionTests
{
    [Theory]
    [InlineData("abcd efgh-jklm npqr")]
    [InlineData("ABCDEFGHJKLMNPQR")]
    [InlineData(" abcd-efgh-jklm-npqr ")]
    public void A_receipt_code_is_normalised_to_four_groups_of_four(string typed)
    {
        var t = new Transcript().Start("track").Tap("กรอกรหัสรับเรื่อง");

        t.Say(typed);

        Assert.Equal("track.code", t.Completion!.Action);
        Assert.Equal("ABCD-EFGH-JKLM-NPQR", t.Completion.Slots["code"].Value);
    }

    [Theory]
    [InlineData("ABCD-EFGH-IJKL-MNOP")]
    [InlineData("ABCD-EFGH-JKLM-NPQ0")]
    [InlineData("ABCD-EFGH-JKLM")]
    public void A_code_with_letters_or_digits_outside_the_alphabet_is_asked_again(string typed)
    {
        var t = new Transcript().Start("track").Tap("กรอกรหัสรับเรื่อง");

        t.Say(typed);

        Assert.Null(t.Completion);
        t.BotSays("รหัสไม่ถูกต้อง");
    }

    [Fact]
    public void My_cases_ends_at_once_with_the_mine_action()
    {
        var t = new Transcript().Start("track");

        t.Tap("เรื่องของฉัน");

        Assert.Equal("track.mine", t.Completion!.Action);
    }

    [Fact]
    public void The_satisfaction_survey_names_the_case_and_allows_skipping_the_comment()
    {
        var t = new Transcript().Start("satisfaction",
            new Dictionary<string, string> { ["case_ref"] = "42", ["case_no"] = "ทจ-2568-0042" });

        t.BotSays("เรื่อง ทจ-2568-0042 ดำเนินการเสร็จแล้ว");
        Assert.DoesNotContain("ข้าม", t.Labels);
        t.Tap("5").Tap("ข้าม");

        var done = t.Completion!;
        Assert.Equal("satisfaction.submit", done.Action);
        Assert.Equal("5", done.Slots["score"].Value);
        Assert.Equal("", done.Slots["comment"].Value);
        Assert.Equal("42", done.Slots["case_ref"].Value);
    }

    [Fact]
    public void A_typed_thai_digit_is_a_rating()
    {
        var t = new Transcript().Start("satisfaction", new Dictionary<string, string> { ["case_ref"] = "1", ["case_no"] = "ทจ-2568-0001" });

        t.Say("๔");

        Assert.Equal("4", t.State!.Slots["score"].Value);
    }
}
