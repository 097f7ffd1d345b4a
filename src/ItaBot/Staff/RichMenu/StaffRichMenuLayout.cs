using System.Text.Json.Nodes;
using ItaBot.Conversation;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// A staff rich menu: equal columns (four for the complaint handlers, three for the other staff) that send the same
/// postbacks as the quick-reply staff menu of those roles, so every tap is still authorised against the sender's role
/// on the server.
/// </summary>
public sealed class StaffRichMenuLayout(Texts texts)
{
    public const int Width = 2500;
    public const int Height = 843;

    public JsonObject Build(StaffRichMenuKind kind)
    {
        var columns = kind.Columns;
        var areas = new JsonArray();
        for (var i = 0; i < columns.Count; i++) areas.Add(Area(columns, i));
        return new JsonObject
        {
            ["size"] = new JsonObject { ["width"] = Width, ["height"] = Height },
            ["selected"] = false,
            ["name"] = kind.MenuName,
            ["chatBarText"] = texts.Plain("staff.richmenu.bar"),
            ["areas"] = areas,
        };
    }

    private JsonObject Area(IReadOnlyList<(string LabelKey, string Data)> columns, int column)
    {
        // The last column takes the rounding remainder so the areas cover the whole width.
        var width = Width / columns.Count;
        var x = column * width;
        if (column == columns.Count - 1) width = Width - x;
        var label = texts.Plain(columns[column].LabelKey);
        return new JsonObject
        {
            ["bounds"] = new JsonObject { ["x"] = x, ["y"] = 0, ["width"] = width, ["height"] = Height },
            ["action"] = new JsonObject
            {
                ["type"] = "postback", ["label"] = label, ["data"] = columns[column].Data, ["displayText"] = label,
            },
        };
    }
}
