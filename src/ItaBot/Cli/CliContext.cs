namespace ItaBot.Cli;

/// <summary>What a verb gets: the bot's services (no web server, no workers) and where to write.</summary>
public sealed class CliContext(IServiceProvider services, IConfiguration configuration, TextWriter output, TextWriter error)
{
    public IServiceProvider Services { get; } = services;
    public IConfiguration Configuration { get; } = configuration;
    public TextWriter Output { get; } = output;
    public TextWriter Error { get; } = error;
}
