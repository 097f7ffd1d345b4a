namespace ItaBot.Cli;

/// <summary>`--name value` options and plain positional words, after the verb.</summary>
public sealed class CliArguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.OrdinalIgnoreCase);

    /// <param name="positionalWords">
    /// How many plain words the verb takes. One more is refused rather than ignored: `purge extra` or a second id
    /// after `staff revoke` is a slip whose author thinks it meant something.
    /// </param>
    public CliArguments(IEnumerable<string> args, int positionalWords = 0)
    {
        var list = args.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].StartsWith("--", StringComparison.Ordinal))
            {
                var name = list[i][2..];
                var eq = name.IndexOf('=');
                if (eq > 0) _options[name[..eq]] = name[(eq + 1)..];
                else if (i + 1 < list.Count && !list[i + 1].StartsWith("--", StringComparison.Ordinal)) _options[name] = list[++i];
                else _options[name] = null;
            }
            else Positional.Add(list[i]);
        }
        if (Positional.Count > positionalWords)
            throw new CliUsageException($"unexpected word '{Positional[positionalWords]}'" + (positionalWords == 0
                ? ": this command takes no words after its name, only --options"
                : $": this command takes {positionalWords} word(s) after its name"));
    }

    public List<string> Positional { get; } = [];

    /// <summary>
    /// Null when the option is absent. An option typed without its value (`--hours` at the end of the line) is
    /// refused rather than read as absent: that would quietly run with the default the person meant to change.
    /// </summary>
    public string? Option(string name) =>
        !_options.TryGetValue(name, out var v) ? null : v ?? throw new CliUsageException($"--{name} needs a value");

    public bool Flag(string name) => _options.ContainsKey(name);

    /// <summary>
    /// A count such as --hours or --days: <paramref name="byDefault"/> when absent, otherwise a whole number from 1 to
    /// <paramref name="max"/>. A typo is refused, not replaced by the default the person meant to change.
    /// </summary>
    public int WholeNumber(string name, int byDefault, int max)
    {
        if (Option(name) is not { } typed) return byDefault;
        return int.TryParse(typed, out var value) && value > 0 && value <= max
            ? value
            : throw new CliUsageException($"--{name} must be a whole number from 1 to {max}, not '{typed}'");
    }

    public string Required(string name) =>
        Option(name) is { Length: > 0 } v ? v : throw new CliUsageException($"--{name} is required");
}
