using Microsoft.Extensions.Logging;

namespace ImgPortal.IntegrationTests;

/// <summary>Keeps every warning or worse that any logger writes.</summary>
public sealed class WarningLog : ILoggerProvider
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _warnings = new();

    public IReadOnlyCollection<string> Warnings => _warnings;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(WarningLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log._warnings.Enqueue($"{category}: {formatter(state, exception)}");
            }
        }
    }
}
