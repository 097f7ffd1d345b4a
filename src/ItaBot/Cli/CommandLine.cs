using ItaBot.Configuration;
using ItaBot.Hosting;
using ItaBot.Storage;

namespace ItaBot.Cli;

/// <summary>Finds the verb, builds the services the host would have, and runs it.</summary>
public static class CommandLine
{
    public static IReadOnlyList<ICliVerb> Verbs { get; } = VerbCatalog.All;

    public static bool IsVerb(string[] args) => args.Length > 0 && !args[0].StartsWith('-') && Verbs.Any(v => v.Name.Split(' ')[0] == args[0]);

    /// <param name="time">The clock the verb reads (tests pass the bot's own); the system clock when null.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null,
        IDictionary<string, string?>? overrides = null, CancellationToken ct = default, TimeProvider? time = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        var verb = Verbs.Where(v => Matches(v, args)).MaxBy(v => v.Name.Length);
        if (verb is null)
        {
            error.WriteLine("Unknown command. Commands:");
            foreach (var v in Verbs) error.WriteLine("  " + v.Usage);
            return 2;
        }
        var builder = WebApplication.CreateSlimBuilder(
            ["--hostBuilder:reloadConfigOnChange=false", .. args.Skip(verb.Name.Split(' ').Length).Where(a => a.StartsWith("--urls"))]);
        if (overrides is not null) builder.Configuration.AddInMemoryCollection(overrides);
        builder.Logging.ClearProviders();
        if (time is not null) builder.Services.AddSingleton(time);
        var line = builder.Configuration.GetSection(LineOptions.Section).Get<LineOptions>() ?? new LineOptions();
        builder.Services.AddItaBotCore(builder.Configuration, LineMode.IsLocal(line));
        await using var app = builder.Build();
        try
        {
            app.Services.GetRequiredService<Database>().Migrate();
            var arguments = new CliArguments(args.Skip(verb.Name.Split(' ').Length));
            return await verb.RunAsync(new CliContext(app.Services, builder.Configuration, output, error), arguments, ct);
        }
        catch (CliUsageException e)
        {
            error.WriteLine(e.Message);
            error.WriteLine("usage: " + verb.Usage);
            return 2;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or Security.KeyRingException or StartupException)
        {
            error.WriteLine("error: " + e.Message);
            return 1;
        }
    }

    private static bool Matches(ICliVerb verb, string[] args)
    {
        var words = verb.Name.Split(' ');
        return args.Length >= words.Length && words.Select((w, i) => args[i] == w).All(x => x);
    }
}
