using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ItaBot.Tests.Support;

/// <summary>Keeps every log line written through it, as it would be written, for a test to read.</summary>
internal sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();

    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    /// <summary>The lines the bot's own code wrote, without those of the libraries it uses.</summary>
    public IReadOnlyList<CapturedLine> Own => [.. _lines.Where(l => l.Category.StartsWith("ItaBot.", StringComparison.Ordinal))];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(CapturedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._lines.Enqueue(new CapturedLine(category, logLevel, formatter(state, exception), exception));
    }
}
