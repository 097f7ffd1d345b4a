namespace ItaBot.Bench;

/// <summary>Prints figures as aligned "name: value" lines, so they can be copied into the README as they are.</summary>
public sealed class BenchReport(TextWriter output)
{
    public void Section(string title)
    {
        output.WriteLine();
        output.WriteLine("== " + title);
    }

    public void Line(string name, string value) => output.WriteLine($"  {name,-34} {value}");

    public void Note(string text) => output.WriteLine("  " + text);

    public static string Ms(double ms) => ms.ToString("F1") + " ms";
}
