using System.Runtime.CompilerServices;

namespace ItaBot.Tests.Measures.Import;

// Finds samples/measures from this source file's own location, so the tests work from any build output folder.
internal static class SampleFiles
{
    public static string Directory { get; } = Locate();

    public static IEnumerable<string> All() =>
        System.IO.Directory.GetFiles(Directory, "*.yaml").Concat(System.IO.Directory.GetFiles(Directory, "*.json"));

    public static string Read(string name) => File.ReadAllText(Path.Combine(Directory, name));

    private static string Locate([CallerFilePath] string here = "")
    {
        for (var dir = Path.GetDirectoryName(here); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, "samples", "measures");
            if (System.IO.Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"samples/measures not found above {here}");
    }
}
