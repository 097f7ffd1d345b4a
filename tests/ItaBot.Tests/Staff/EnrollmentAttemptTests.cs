using ItaBot.Staff;

namespace ItaBot.Tests.Staff;

public sealed class EnrollmentAttemptTests
{
    [Theory]
    [InlineData("ลงทะเบียน K7QF-9MZT-2WXA", "K7QF-9MZT-2WXA")]
    [InlineData("ลงทะเบียน k7qf 9mzt 2wxa", "k7qf 9mzt 2wxa")]
    [InlineData("ลงทะเบียนK7QF9MZT2WXA", "K7QF9MZT2WXA")]
    [InlineData("ลงทะเบียน", "")]
    public void The_word_followed_by_a_code_or_nothing_is_an_enrollment_attempt(string text, string code)
    {
        Assert.Equal(code, StaffConversation.EnrollmentAttempt(text));
    }

    [Theory]
    [InlineData("ลงทะเบียนผู้เข้าร่วมประชุมชี้แจง 40 คน")]
    [InlineData("ลงทะเบียนส่งหนังสือแจ้งผลแล้ว")]
    [InlineData("ขอลงทะเบียน K7QF-9MZT-2WXA")]
    [InlineData("ลงทะเบียน K7QF-9MZT-2WXA-H4PD-K7QF-9MZT-2WXA")]
    public void Office_wording_that_starts_with_the_word_is_not_an_enrollment_attempt(string text)
    {
        Assert.Null(StaffConversation.EnrollmentAttempt(text));
    }
}
