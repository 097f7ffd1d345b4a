using ItaBot.Dialogs;

namespace ItaBot.Dialogs.Tests.Support;

/// <summary>The YAML files in the repository's dialogs/ folder, found by walking up to ItaBot.sln.</summary>
internal static class ShippedDialogs
{
    private static readonly Lazy<FlowCatalog> Shared = new(() => FlowCatalog.Load(Sources()));

    public static FlowCatalog Catalog => Shared.Value;

    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ItaBot.sln")))
                    return Path.Combine(dir.FullName, "dialogs");
            }
            throw new DirectoryNotFoundException("No ItaBot.sln above " + AppContext.BaseDirectory);
        }
    }

    public static List<FlowSource> Sources() =>
        Directory.GetFiles(Folder, "*.yaml").Order()
            .Select(path => new FlowSource(Path.GetFileName(path), File.ReadAllText(path)))
            .ToList();

    public static FlowSource Texts => Sources().Single(s => s.FileName == "texts.yaml");

    /// <summary>The shipped files with one of them replaced (or added).</summary>
    public static List<FlowSource> With(string fileName, string content) =>
        [.. Sources().Where(s => s.FileName != fileName), new FlowSource(fileName, content)];
}
