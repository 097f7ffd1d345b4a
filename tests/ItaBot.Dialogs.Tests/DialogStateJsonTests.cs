using ItaBot.Dialogs;
using ItaBot.Dialogs.Tests.Support;

namespace ItaBot.Dialogs.Tests;

public sealed class DialogStateJsonTests
{
    [Fact]
    public void A_state_saved_as_json_and_loaded_again_carries_on_the_same_conversation()
    {
        var t = Complaints.AtEvidence().SendPhoto();
        t.Tap("เสร็จแล้ว").Tap("แก้ไข");

        var json = DialogStateJson.Serialize(t.State!);
        t.State = DialogStateJson.Deserialize(json);

        Assert.Equal(PendingKind.EditMenu, t.State.Pending!.Kind);
        Assert.Single(t.State.Slots["evidence"].Items!);
        Assert.Equal(15.1, t.State.Slots["where"].Items![0].Latitude);
        t.Tap("ผู้ถูกร้องเรียน").Say("ปลัดเทศบาล").Tap("ยืนยันส่งเรื่อง");
        Assert.Equal("complaint.submit", t.Completion!.Action);
    }
}
