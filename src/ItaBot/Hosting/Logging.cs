using Serilog;
using Serilog.Events;

namespace ItaBot.Hosting;

public static class Logging
{
    /// <summary>
    /// Console and a daily rolling file. Framework chatter is kept at Warning; our own lines carry event ids,
    /// case numbers and timings only, never message text or LINE user ids.
    /// </summary>
    public static Serilog.Core.Logger Create(IConfiguration configuration)
    {
        var logDirectory = configuration["Logging:Directory"] ?? "logs";
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext()
            .Filter.ByExcluding(IsHostStartFailure);
        if (configuration.GetSection("Serilog").Exists()) config.ReadFrom.Configuration(configuration);
        if (configuration.GetValue("Logging:Console", true))
            config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        // Buffered with a flush every second: a write call per log line cost more than the line itself under load,
        // and at most the last second of log lines is lost in a crash (the data is in the database either way).
        config.WriteTo.File(Path.Combine(logDirectory, "itabot-.log"), rollingInterval: RollingInterval.Day,
            retainedFileCountLimit: 31, buffered: true, flushToDiskInterval: TimeSpan.FromSeconds(1));
        return config.CreateLogger();
    }

    /// <summary>
    /// The generic host's "Hosting failed to start" (event 11): the exception it carries reaches Program anyway,
    /// which prints a StartupException's plain message or, for anything unexplained, the runtime's full trace.
    /// Logged here as well, a taken port showed as forty lines of stack trace before the one line that says what to do.
    /// </summary>
    private static bool IsHostStartFailure(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" }
        && e.Properties.TryGetValue("EventId", out var id) && id is StructureValue eventId
        && eventId.Properties.Any(p => p.Name == "Id" && p.Value is ScalarValue { Value: 11 });
}
