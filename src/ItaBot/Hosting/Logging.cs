using Serilog;
using Serilog.Events;

namespace ItaBot.Hosting;

public static class Logging
{
    /// <summary>
    /// Console and a daily rolling file. Framework chatter is kept at Warning; our own lines carry event ids,
    /// case numbers and timings only, never message text or LINE user ids.
    /// </summary>
    public static Serilog.ILogger Create(IConfiguration configuration)
    {
        var logDirectory = configuration["Logging:Directory"] ?? "logs";
        var config = new LoggerConfiguration()
            .MinimumLevel.Information()
            .MinimumLevel.Override("Microsoft", LogEventLevel.Warning)
            .MinimumLevel.Override("System", LogEventLevel.Warning)
            .Enrich.FromLogContext();
        if (configuration.GetSection("Serilog").Exists()) config.ReadFrom.Configuration(configuration);
        if (configuration.GetValue("Logging:Console", true))
            config.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj}{NewLine}{Exception}");
        config.WriteTo.File(Path.Combine(logDirectory, "itabot-.log"), rollingInterval: RollingInterval.Day,
            retainedFileCountLimit: 31);
        return config.CreateLogger();
    }
}
