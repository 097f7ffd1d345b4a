using System.Text.Json.Nodes;
using ItaBot.Conversation;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// The staff rich menu: four equal columns that send the same postbacks as the quick-reply staff menu, so every
/// tap is still authorised against the sender's role on the server.
/// </summary>
public sealed class StaffRichMenuLayout(Texts texts)
{
    public const int Width = 2500;
    public const int Height = 843;
    public const string Name = "ItaBot staff menu";

    private static readonly (string LabelKey, string Data)[] Columns =
    [
        ("staff.btn.cases", StaffPostback.Cases),
        ("staff.btn.mywork", StaffPostback.MyWork),
        ("staff.btn.measures", StaffPostback.Measures),
        ("staff.btn.feedback", StaffPostback.Feedback),
    ];

    public JsonObject Build()
    {
        var areas = new JsonArray();
        for (var i = 0; i < Columns.Length; i++) areas.Add(Area(i));
        return new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = Width, ["height"] = Height },
            ["selected"] = false,
            ["name"] = Name,
            ["chatBarText"] = texts.Plain("staff.richmenu.bar"),
            ["areas"] = areas,
        };
    }

    private JsonObject Area(int column)
    {
        // The last column takes the rounding remainder so the areas cover the whole width.
        var width = Width / Columns.Length;
        var x = column * width;
        if (column == Columns.Length - 1) width = Width - x;
        var label = texts.Plain(Columns[column].LabelKey);
        return new JsonObject
        {
            ["bounds"] = new JsonObject { ["x"] = x, ["y"] = 0, ["width"] = width, ["height"] = Height },
            ["action"] = new JsonObject
            {
                ["type"] = "postback", ["label"] = label, ["data"] = Columns[column].Data, ["displayText"] = label,
            },
        };
    }
}
