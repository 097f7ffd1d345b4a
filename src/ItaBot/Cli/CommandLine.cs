using ItaBot.Hosting;
using ItaBot.Storage;
using Microsoft.Data.Sqlite;

namespace ItaBot.Cli;

/// <summary>Finds the verb, builds the services the host would have, and runs it.</summary>
public static class CommandLine
{
    public static IReadOnlyList<ICliVerb> Verbs { get; } = VerbCatalog.All;

    private static readonly string[] HelpWords = ["help", "--help", "-h"];

    /// <summary>
    /// A first word that configuration cannot use (no leading '-' or '/', no '=') is a command, known or not: a
    /// mistyped verb would otherwise be ignored by configuration and start the bot instead.
    /// </summary>
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && (HelpWords.Contains(args[0]) || (!args[0].StartsWith('-') && !args[0].StartsWith('/') && !args[0].Contains('=')));

    /// <param name="time">The clock the verb reads (tests pass the bot's own); the system clock when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        IDictionary<string, string?>? overrides = null, CancellationToken ct = default, TimeProvider? time = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.Length > 0 && HelpWords.Contains(args[0]))
        {
            ListVerbs(output, "Commands (dotnet run --project src/ItaBot -- <command>; no command starts the bot):");
            return 0;
        }
        var verb = Verbs.Where(v => Matches(v, args)).MaxBy(v => v.Name.Length);
        if (verb is null)
        {
            var typed = string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')));
            var partial = Verbs.Any(v => v.Name.Split(' ')[0] == args[0]);
            ListVerbs(error, partial ? $"'{typed}' is not a complete command. Commands:" : $"Unknown command '{typed}'. Commands:");
            return 2;
        }
        var builder = WebApplication.CreateSlimBuilder(
            ["--hostBuilder:reloadConfigOnChange=false", .. args.Skip(verb.Name.Split(' ').Length).Where(a => a.StartsWith("--urls"))]);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        if (time is not null) builder.Services.AddSingleton(time);
        // Only `keys init` makes keys from the command line: a mistyped Security:KeyFile, or a shell without the
        // production settings, must not get a new key ring (and a new database) instead of an error.
        builder.Services.AddItaBotCore(builder.Configuration, createKeyRing: false);
        await using var app = builder.Build();
        try
        {
            var arguments = new CliArguments(args.Skip(verb.Name.Split(' ').Length), verb.PositionalWords);
            // Before the database is touched, so that a wrong key path leaves no new database behind either.
            if (verb.UsesKeyRing) app.Services.GetRequiredService<Security.KeyRing>();
            if (verb.UsesDatabase) app.Services.GetRequiredService<Database>().Migrate();
            return await verb.RunAsync(new CliContext(app.Services, builder.Configuration, output, error), arguments, ct);
        }
        catch (CliUsageException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine("usage: " + verb.Usage);
            return 2;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException
                                      or SqliteException or Security.KeyRingException or StartupException)
        {
            // An operator's mistake (a folder that cannot be written, a file that is not a database) is a message,
            // not a stack trace.
            error.WriteLine("error: " + Explain(e));
            return 1;
        }
    }

    private static void ListVerbs(TextWriter writer, string heading)
    {
        writer.WriteLine(heading);
        foreach (var v in Verbs) writer.WriteLine("  " + v.Usage);
    }

    /// <summary>The exception's message without .NET's "(Parameter 'x')" tail, which names a C# parameter, not an option.</summary>
    private static string Explain(Exception e) =>
        e is ArgumentException { ParamName: { } name } ? e.Message.Replace($" (Parameter '{name}')", "") : e.Message;

    private static bool Matches(ICliVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);
    }
}
