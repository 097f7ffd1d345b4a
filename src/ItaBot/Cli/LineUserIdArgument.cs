using System.Text.RegularExpressions;

namespace ItaBot.Cli;

/// <summary>
/// The one positional argument of the privacy verbs. A mistyped id matches nobody, so without this check an
/// export would hand over an empty file and an erasure would report "nothing found" as if the request were done.
/// </summary>
internal static partial class LineUserIdArgument
{
    public static string From(CliArguments args)
    {
        if (args.Positional.Count != 1) throw new CliUsageException("give the person's LINE user id (U followed by 32 hex digits)");
        var id = args.Positional[0].Trim();
        return Shape().IsMatch(id)
            ? id
            : throw new CliUsageException($"'{id}' is not a LINE user id: that is U followed by 32 hex digits, e.g. U4af4980629a1b2c3d4e5f60718293a4b");
    }

    [GeneratedRegex("^U[0-9a-f]{32}$")]
    private static partial Regex Shape();
}
