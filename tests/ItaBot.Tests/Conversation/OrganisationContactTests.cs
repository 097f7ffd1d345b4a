using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Hosting;
using ItaBot.Tests.EndToEnd;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Conversation;

/// <summary>Organisation:Name and the optional Organisation:Phone, as a citizen meets them in the chat.</summary>
public sealed class OrganisationContactTests
{
    private const string Name = "เทศบาลตำบลหนองหัวแรต";

    [Theory]
    [InlineData("")]
    [InlineData("044-123-456")]
    [InlineData("0 4412 3456 ต่อ 12")]
    [InlineData("1132")]
    [InlineData("044-123456, 081-234-5678")]
    [InlineData("+66 44 123 456")]
    public void An_office_line_a_mobile_a_hotline_an_extension_or_no_phone_at_all_is_accepted(string phone)
    {
        OrganisationContact.Check(new OrganisationOptions { Name = Name, Phone = phone });
    }

    [Theory]
    [InlineData("โทร 044-123-456")]
    [InlineData("ติดต่อสำนักปลัด")]
    [InlineData("044\n123")]
    [InlineData("12")]
    public void A_phone_that_is_not_a_number_to_call_stops_the_start_naming_the_setting(string phone)
    {
        var e = Assert.Throws<StartupException>(() => OrganisationContact.Check(new OrganisationOptions { Name = Name, Phone = phone }));

        Assert.StartsWith("Organisation:Phone", e.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("เทศบาล\nตำบล")]
    public void A_missing_or_broken_name_stops_the_start_because_the_greeting_names_it(string name)
    {
        var e = Assert.Throws<StartupException>(() => OrganisationContact.Check(new OrganisationOptions { Name = name }));

        Assert.StartsWith("Organisation:Name", e.Message);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_with_a_phone_that_is_not_a_number()
    {
        var e = await Assert.ThrowsAsync<StartupException>(() => TestBot.StartAsync(s => s["Organisation:Phone"] = "ติดต่อสำนักปลัด"));

        Assert.StartsWith("Organisation:Phone", e.Message);
    }

    [Fact]
    public async Task A_new_friend_is_greeted_with_the_organisation_s_name_and_the_phone_to_call_and_help_offers_it_too()
    {
        await using var bot = await TestBot.StartAsync(s =>
        {
            s["Organisation:Name"] = Name;
            s["Organisation:Phone"] = "044-123-456";
        });
        var user = bot.Line.AddUser("ยายสมศรี");
        var before = bot.Line.MessagesTo(user).Count;
        await bot.Line.SendFollowAsync(user);
        var greeting = (await bot.AnswersAfterAsync(user, before))[0].Text!;

        var help = (await bot.SayAsync(user, "สวัสดีจ้า"))[^1].Text!;

        Assert.Equal(
            "สวัสดีค่ะ ยินดีต้อนรับสู่ช่องทางรับเรื่องของเทศบาลตำบลหนองหัวแรต\n" +
            "แจ้งเรื่องร้องเรียนการทุจริต แสดงความคิดเห็น หรือติดตามเรื่องได้ที่นี่ค่ะ\n" +
            "สอบถามเพิ่มเติม โทร 044-123-456 ค่ะ", greeting);
        Assert.EndsWith("\nสอบถามเพิ่มเติม โทร 044-123-456 ค่ะ", help);
    }

    [Fact]
    public async Task Without_a_phone_the_greeting_names_the_organisation_and_ends_without_a_call_line()
    {
        await using var bot = await TestBot.StartAsync(s => s["Organisation:Name"] = Name);
        var user = bot.Line.AddUser();
        var before = bot.Line.MessagesTo(user).Count;
        await bot.Line.SendFollowAsync(user);

        var greeting = (await bot.AnswersAfterAsync(user, before))[0].Text!;

        Assert.Equal(
            "สวัสดีค่ะ ยินดีต้อนรับสู่ช่องทางรับเรื่องของเทศบาลตำบลหนองหัวแรต\n" +
            "แจ้งเรื่องร้องเรียนการทุจริต แสดงความคิดเห็น หรือติดตามเรื่องได้ที่นี่ค่ะ", greeting);
    }

    [Fact]
    public async Task The_complaint_receipt_names_the_organisation_and_the_phone_to_call()
    {
        await using var bot = await TestBot.StartAsync(s =>
        {
            s["Organisation:Name"] = Name;
            s["Organisation:Phone"] = "044-123-456";
        });
        var citizen = await Citizen.AddAsync(bot);
        await citizen.TapAsync("ร้องเรียนการทุจริต");
        await citizen.TapAsync("รับทราบ");
        await citizen.TapAsync("ไม่ประสงค์ออกนาม");
        await citizen.SayAsync("นายสมชาย เจ้าหน้าที่กองช่าง");
        await citizen.SayAsync("เรียกเงินสามพันบาทเพื่อเร่งออกใบอนุญาตก่อสร้าง");
        await citizen.TapAsync("ไม่แน่ใจ");
        await citizen.TapAsync("ข้าม");
        await citizen.TapAsync("ข้าม");

        var receipt = (await citizen.TapAsync("ยืนยันส่งเรื่อง"))[0].Text!;

        Assert.StartsWith(Name + " รับเรื่องร้องเรียนแล้วค่ะ", receipt);
        Assert.EndsWith("\nสอบถามเพิ่มเติม โทร 044-123-456 ค่ะ", receipt);
    }
}
