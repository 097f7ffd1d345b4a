using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

/// <summary>A place from LINE's map is shown by its name and its address, each once.</summary>
public sealed class PlaceLabelTests
{
    [Theory]
    [InlineData("ตลาดสดเทศบาล", "ต.ในเมือง อ.เมือง", "ตลาดสดเทศบาล, ต.ในเมือง อ.เมือง")]
    [InlineData("ตลาดสดเทศบาล", "ตลาดสดเทศบาล", "ตลาดสดเทศบาล")]
    [InlineData(" ตลาดสดเทศบาล ", "ตลาดสดเทศบาล", "ตลาดสดเทศบาล")]
    [InlineData("ตลาดสดเทศบาล", "ตลาดสดเทศบาล ต.ในเมือง", "ตลาดสดเทศบาล ต.ในเมือง")]
    [InlineData("ตลาดสดเทศบาล", null, "ตลาดสดเทศบาล")]
    [InlineData("ตลาดสดเทศบาล", "", "ตลาดสดเทศบาล")]
    [InlineData(null, "ต.ในเมือง อ.เมือง", "ต.ในเมือง อ.เมือง")]
    [InlineData("", "ต.ในเมือง อ.เมือง", "ต.ในเมือง อ.เมือง")]
    [InlineData(null, null, null)]
    [InlineData(" ", "", null)]
    public void The_label_joins_name_and_address_without_repeating_or_leaving_a_comma(string? title, string? address, string? label) =>
        Assert.Equal(label, PlaceLabel.Of(title, address));

    [Fact]
    public void The_summary_shows_the_place_name_LINE_sent_with_its_address()
    {
        var t = Complaints.Started();
        t.Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม")
            .Say("นายสมชาย เจ้าหน้าที่กองช่าง")
            .Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง")
            .Tap("เลือกวันที่", date: "2025-06-01")
            .SendLocation("ต.ในเมือง อ.เมือง", title: "ตลาดสดเทศบาล");

        t.Tap("ข้าม");

        t.BotSays("สถานที่: ตลาดสดเทศบาล, ต.ในเมือง อ.เมือง");
    }

    [Fact]
    public void A_place_with_neither_name_nor_address_is_shown_by_its_coordinates()
    {
        var t = Complaints.Started();
        t.Tap("รับทราบ").Tap("ไม่ประสงค์ออกนาม")
            .Say("นายสมชาย เจ้าหน้าที่กองช่าง")
            .Say("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง")
            .Tap("เลือกวันที่", date: "2025-06-01")
            .SendLocation(null, 15.25, 101.5);

        t.Tap("ข้าม");

        t.BotSays("สถานที่: 15.25,101.5");
    }
}
