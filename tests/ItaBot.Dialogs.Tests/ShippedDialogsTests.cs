using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class ShippedDialogsTests
{
    [Fact]
    public void Every_shipped_file_in_dialogs_loads_without_errors()
    {
        var catalog = FlowCatalog.Load(ShippedDialogs.Sources());

        var citizenFlows = catalog.Flows.Select(f => f.Id).Where(id => !id.StartsWith("staff_", StringComparison.Ordinal)).Order();
        Assert.Equal(["complaint", "feedback", "satisfaction", "track"], citizenFlows);
    }

    [Fact]
    public void Every_citizen_flow_is_private_only_because_its_answers_belong_to_one_person()
    {
        var openToGroups = ShippedDialogs.Catalog.Flows
            .Where(f => !f.PrivateOnly && !f.Id.StartsWith("staff_", StringComparison.Ordinal)).Select(f => f.Id);

        Assert.Empty(openToGroups);
    }

    [Fact]
    public void Rewording_a_question_or_a_button_keeps_the_flow_version_so_drafts_in_progress_go_on()
    {
        var content = File.ReadAllText(Path.Combine(ShippedDialogs.Folder, "track.yaml"));
        var reworded = content.Replace("ต้องการติดตามเรื่องแบบใดคะ", "จะติดตามเรื่องอย่างไรคะ").Replace("label: กรอกรหัสรับเรื่อง", "label: พิมพ์รหัสรับเรื่อง");

        Assert.NotEqual(content, reworded);
        Assert.Equal(VersionOf(content), VersionOf(reworded));
    }

    [Fact]
    public void Changing_where_an_answer_leads_changes_the_flow_version()
    {
        var content = File.ReadAllText(Path.Combine(ShippedDialogs.Folder, "track.yaml"));
        var rerouted = content.Replace("value: code, next: code", "value: code, next: mine");

        Assert.NotEqual(content, rerouted);
        Assert.NotEqual(VersionOf(content), VersionOf(rerouted));
    }

    private static string VersionOf(string trackYaml) =>
        FlowCatalog.Load([ShippedDialogs.Texts, new FlowSource("track.yaml", trackYaml)]).Flow("track").Version;

    [Fact]
    public void The_host_texts_render_their_declared_slots()
    {
        var text = ShippedDialogs.Catalog.Text("complaint.submitted", new Dictionary<string, string>
        {
            ["case_no"] = "ร-0001/2568", ["receipt_code"] = "ABCD-EFGH-JKLM-NPQR", ["review_due"] = "11 มิ.ย. 2568", ["result_due"] = "17 มิ.ย. 2568",
            ["organisation"] = "เทศบาลตำบลตัวอย่าง", ["phone_line"] = "",
        });

        Assert.Contains("ABCD-EFGH-JKLM-NPQR", text.Text);
        Assert.Contains("17 มิ.ย. 2568", text.Text);
        Assert.DoesNotContain("{", text.Text);
    }

    [Fact]
    public void The_revoke_confirmation_names_the_staff_member_it_is_about()
    {
        var text = ShippedDialogs.Catalog.Text("staffadmin.confirm", new Dictionary<string, string>
        {
            ["id"] = "7", ["name"] = "สมศรี", ["role"] = "เจ้าหน้าที่", ["unit"] = "กองคลัง",
        });

        Assert.Contains("#7 สมศรี (เจ้าหน้าที่ กองคลัง)", text.Text);
        Assert.EndsWith("มีผลตั้งแต่ข้อความถัดไปของผู้นั้น", text.Text);
    }

    [Fact]
    public void A_host_text_without_a_value_for_a_declared_slot_is_a_programming_error()
    {
        Assert.Throws<ArgumentException>(() => ShippedDialogs.Catalog.Text("feedback.submitted"));
    }

    [Fact]
    public void The_menu_buttons_route_to_the_three_flows()
    {
        var menu = ShippedDialogs.Catalog.Text("menu.buttons");

        Assert.Equal(["flow:complaint", "flow:feedback", "flow:track"], menu.Buttons.Select(b => b.Data));
        Assert.Equal(["ร้องเรียนการทุจริต", "แสดงความคิดเห็น", "ติดตามเรื่อง"], menu.Buttons.Select(b => b.Label));
    }

    [Theory]
    [InlineData("menu.prompt")]
    [InlineData("common.private_only")]
    [InlineData("common.error")]
    [InlineData("staff.menu")]
    [InlineData("track.not_found")]
    public void The_host_can_ask_for_its_plain_texts(string key)
    {
        Assert.True(ShippedDialogs.Catalog.HasText(key));
        Assert.False(string.IsNullOrWhiteSpace(ShippedDialogs.Catalog.Text(key).Text));
    }
}
