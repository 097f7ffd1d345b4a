using ItaBot.Reports;

namespace ItaBot.Tests.Reports;

public sealed class ListMarkerTests
{
    [Theory]
    [InlineData("๑. มีคู่มือ")]
    [InlineData("๖. ให้แต่ละกองงานจัดทำระบบ E-Service")]
    [InlineData("๑) กรณีส่งข้อร้องเรียน")]
    [InlineData("๓.) กรณีร้องเรียนผ่านทางโทรศัพท์")]
    [InlineData("๑.๑ จัดทำโครงการฝึกอบรม")]
    [InlineData("(๒) แจ้งเวียน")]
    [InlineData("12. Arabic digits")]
    [InlineData("3) Arabic digits")]
    public void Text_the_organisation_numbered_keeps_its_own_number(string text)
    {
        Assert.Equal(text, ListMarker.Numbered(4, text));
        Assert.Equal(text, ListMarker.Dashed(text));
    }

    [Theory]
    [InlineData("มีคู่มือ", "๔. มีคู่มือ")]
    [InlineData("๓ มกราคม ๒๕๖๘ ประกาศเจตจำนงสุจริต", "๔. ๓ มกราคม ๒๕๖๘ ประกาศเจตจำนงสุจริต")]
    [InlineData("E-Service อย่างน้อย ๑ ภารกิจ", "๔. E-Service อย่างน้อย ๑ ภารกิจ")]
    public void Text_without_a_number_of_its_own_is_numbered(string text, string expected) =>
        Assert.Equal(expected, ListMarker.Numbered(4, text));

    [Theory]
    [InlineData("- ลดโอกาสในการเกิดการทุจริต", "- ลดโอกาสในการเกิดการทุจริต")]
    [InlineData("• ประชาชนเข้าถึงข้อมูลได้ง่าย", "• ประชาชนเข้าถึงข้อมูลได้ง่าย")]
    [InlineData("ลดโอกาสในการเกิดการทุจริต", "- ลดโอกาสในการเกิดการทุจริต")]
    public void An_outcome_gets_a_dash_only_when_it_has_no_marker_of_its_own(string text, string expected) =>
        Assert.Equal(expected, ListMarker.Dashed(text));
}
