using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace ImgPortal.TestSupport;

/// <summary>A Serilog sink that keeps every event, for tests that count or read log lines.</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => [.. _events];

    /// <summary>The rendered messages at <paramref name="minimum"/> level or above.</summary>
    public IReadOnlyList<string> Messages(LogEventLevel minimum = LogEventLevel.Verbose) =>
        [.. _events.Where(e => e.Level >= minimum).Select(e => e.RenderMessage())];

    public void Clear() => _events.Clear();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);
}
