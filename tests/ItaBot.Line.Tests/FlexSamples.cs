using System.Text.Json.Nodes;
using ItaBot.Line.Messaging;

namespace ItaBot.Line.Tests;

internal static class FlexSamples
{
    public static FlexBubble Receipt() => new()
    {
        Size = "kilo",
        Hero = new FlexImage("https://example.com/logo.png", "full", "20:13", "cover"),
        Body = new FlexBox("vertical",
        [
            new FlexText("รับเรื่องร้องเรียนแล้ว", size: "lg", weight: "bold"),
            new FlexSeparator(margin: "md"),
            new FlexBox("horizontal",
            [
                new FlexText("เลขที่", color: "#888888", flex: 2),
                new FlexText("ITA-2026-0001", flex: 5, align: "end"),
            ]),
        ], spacing: "sm"),
        Footer = new FlexBox("vertical",
        [
            new FlexButton(new PostbackAction("ติดตามเรื่อง", "a=track&id=1"), style: "primary", height: "sm", color: "#1DB446"),
        ]),
        Styles = new JsonObject { ["footer"] = new JsonObject { ["separator"] = true } },
    };

    /// <summary>A bubble whose JSON is roughly <paramref name="bytes"/> long, made of ASCII text.</summary>
    public static FlexBubble OfSize(int bytes) => new()
    {
        Body = new FlexBox("vertical", [new FlexText(new string('a', Math.Max(1, bytes - 90)))]),
    };
}
