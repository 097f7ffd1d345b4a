using ItaBot.Dialogs;

namespace ItaBot.Dialogs.Tests.Support;

/// <summary>Small flows written inline for validation and engine tests, loaded with the shipped texts.yaml.</summary>
internal static class Sources
{
    public static FlowSource Flow(string yaml, string fileName = "test.yaml") => new(fileName, yaml);

    public static FlowCatalog Load(params FlowSource[] flows) => FlowCatalog.Load([ShippedDialogs.Texts, .. flows]);

    public static IReadOnlyList<string> Errors(params FlowSource[] flows)
    {
        var error = Assert.Throws<DialogValidationException>(() => Load(flows));
        return error.Errors;
    }
}
