namespace ItaBot.Cli;

/// <summary>One CLI verb, run with the host's own configuration (appsettings, environment, arguments).</summary>
public interface ICliVerb
{
    /// <summary>The first word(s) on the command line, e.g. "invite" or "staff list".</summary>
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct);
}
