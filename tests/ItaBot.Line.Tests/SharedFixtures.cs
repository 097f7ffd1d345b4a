namespace ItaBot.Line.Tests;

/// <summary>Finds the shared LINE fixtures beside the repository (CI clones shared/ next to it).</summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string> Root = new(Locate);

    public static string LineDirectory => Root.Value;

    public static byte[] Bytes(string relativePath) => File.ReadAllBytes(Path.Combine(LineDirectory, relativePath));

    public static string Text(string relativePath) => File.ReadAllText(Path.Combine(LineDirectory, relativePath));

    /// <summary>Every webhook body: top level, strict/ and synthetic/, without _signatures.json and api/.</summary>
    public static IEnumerable<string> WebhookBodies() =>
        new[] { "", "strict", "synthetic" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(LineDirectory, folder), "*.json"))
            .Where(path => !Path.GetFileName(path).StartsWith('_'))
            .Select(path => Path.GetRelativePath(LineDirectory, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, "shared", "line"), Path.Combine(dir.FullName, "..", "shared", "line") })
                if (Directory.Exists(candidate)) return Path.GetFullPath(candidate);
        }
        throw new DirectoryNotFoundException("shared/line was not found above " + AppContext.BaseDirectory);
    }
}
