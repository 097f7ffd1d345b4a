using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using ItaBot.Calendar;
using ItaBot.Hosting;

namespace ItaBot.Tests.Operations;

/// <summary>appsettings.sample.json promises every key with its default: it must name what the code reads, and only that.</summary>
public sealed class SampleSettingsTests
{
    /// <summary>Read by name rather than through an options class (Program, logging, the calendar, EF's connection).</summary>
    private static readonly string[] ReadByName =
        ["ConnectionStrings:ItaBot", HolidayCalendar.ConfigurationKey, "Logging:Directory", "Logging:Console", "urls"];

    [Fact]
    public void The_sample_settings_name_every_option_the_code_reads_and_nothing_else()
    {
        var sample = SampleKeys();
        var read = OptionKeys().Concat(ReadByName).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Empty(read.Where(k => !sample.Contains(k)).Order());
        Assert.Empty(sample.Where(k => !read.Contains(k)).Order());
    }

    /// <summary>Every settable property of every class bound from a section (a `const string Section` names it).</summary>
    private static IEnumerable<string> OptionKeys() =>
        from type in typeof(ItaBotHost).Assembly.GetTypes()
        let section = type.GetField("Section", BindingFlags.Public | BindingFlags.Static)
        where section is { IsLiteral: true }
        from property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
        where property.SetMethod is { IsPublic: true }
        select $"{section.GetRawConstantValue()}:{property.Name}";

    private static HashSet<string> SampleKeys()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SamplePath()),
            new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Flatten(json.RootElement, "", keys);
        return keys;
    }

    private static void Flatten(JsonElement element, string prefix, HashSet<string> keys)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            keys.Add(prefix);
            return;
        }
        foreach (var property in element.EnumerateObject())
            Flatten(property.Value, prefix.Length == 0 ? property.Name : prefix + ":" + property.Name, keys);
    }

    private static string SamplePath([CallerFilePath] string here = "")
    {
        for (var dir = Path.GetDirectoryName(here); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            var candidate = Path.Combine(dir, "appsettings.sample.json");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"appsettings.sample.json not found above {here}");
    }
}
