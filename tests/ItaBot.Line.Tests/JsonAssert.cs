using System.Text.Json.Nodes;

namespace ItaBot.Line.Tests;

internal static class JsonAssert
{
    /// <summary>Same JSON value; object property order is ignored as it is by LINE.</summary>
    public static void Equivalent(string expected, string actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual)), $"expected {expected}\nactual   {actual}");
}
