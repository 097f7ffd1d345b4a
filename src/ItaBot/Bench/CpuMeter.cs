using System.Diagnostics;

namespace ItaBot.Bench;

/// <summary>
/// CPU time of the bot process and of this bench process over one or more measured stretches, beside the wall time,
/// so the bot's share of the cores can be told apart from what the stand-in and the load generator took.
/// </summary>
public sealed class CpuMeter(BotProcess bot)
{
    private TimeSpan _bot0, _bench0, _jit0, _pause0;
    private int _gen2Before;
    private long _started;

    public TimeSpan Bot { get; private set; }
    public TimeSpan Bench { get; private set; }

    /// <summary>The bot's background JIT thread, part of <see cref="Bot"/>: large when the runtime was still compiling.</summary>
    public TimeSpan BotJit { get; private set; }
    public TimeSpan Wall { get; private set; }

    /// <summary>
    /// Time this bench process stood still for its own garbage collector: the stand-in stamps replies and the load
    /// generator stamps sends, so a long pause here shows in the measured latency without being the bot's.
    /// </summary>
    public TimeSpan BenchGcPause { get; private set; }
    public int BenchGen2Collections { get; private set; }

    public void Start()
    {
        _bot0 = bot.CpuTime;
        _jit0 = bot.JitCpuTime;
        _bench0 = OwnCpuTime();
        _pause0 = GC.GetTotalPauseDuration();
        _gen2Before = GC.CollectionCount(2);
        _started = Stopwatch.GetTimestamp();
    }

    /// <summary>Adds the stretch since <see cref="Start"/>; a meter can measure several stretches (rounds) in turn.</summary>
    public void Stop()
    {
        Wall += Stopwatch.GetElapsedTime(_started);
        Bot += bot.CpuTime - _bot0;
        BotJit += bot.JitCpuTime - _jit0;
        Bench += OwnCpuTime() - _bench0;
        BenchGcPause += GC.GetTotalPauseDuration() - _pause0;
        BenchGen2Collections += GC.CollectionCount(2) - _gen2Before;
    }

    private static TimeSpan OwnCpuTime()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }
}
