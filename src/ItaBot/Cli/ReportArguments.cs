using System.Globalization;
using ItaBot.Calendar;

namespace ItaBot.Cli;

/// <summary>The options the report verbs share: the fiscal year (this one by default) and the output file.</summary>
internal static class ReportArguments
{
    public static int FiscalYear(CliArguments args, TimeProvider time)
    {
        var text = args.Option("fiscal-year");
        if (text is null) return ThaiDates.FiscalYear(BangkokTime.Today(time));
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 2500 or > 2700)
            throw new CliUsageException($"--fiscal-year must be a Buddhist-era year such as 2568, not '{text}'");
        return year;
    }

    public static string Output(CliArguments args, params string[] extensions)
    {
        var path = Path.GetFullPath(args.Required("out"));
        if (!extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            throw new CliUsageException($"--out must end in {string.Join(", ", extensions)}");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }
}
