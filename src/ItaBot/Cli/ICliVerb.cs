namespace ItaBot.Cli;

/// <summary>One CLI verb, run with the host's own configuration (appsettings, environment, arguments).</summary>
public interface ICliVerb
{
    /// <summary>The first word(s) on the command line, e.g. "invite" or "staff list".</summary>
    string Name { get; }

    string Usage { get; }

    /// <summary>
    /// Whether the verb reads or writes sealed data with the configured key ring. Such a verb stops with a message
    /// when the key file is missing, before the database is opened.
    /// </summary>
    bool UsesKeyRing => true;

    /// <summary>Whether the verb works on the configured database, which is then created or migrated before it runs.</summary>
    bool UsesDatabase => true;

    /// <summary>How many plain words (not --options) the verb takes after its name, e.g. the id of `staff revoke`.</summary>
    int PositionalWords => 0;

    Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct);
}
