namespace ItaBot.Bench;

/// <summary>CPU time of a process's background JIT thread (".NET Tiered Com"), from /proc; zero where there is no procfs.</summary>
public static class JitThreadCpu
{
    /// <summary>A warm-up round in which the JIT thread used less than this has finished compiling the hot paths.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// A warm-up lasts at least this long: the runtime waits before compiling anything again, so a round shorter than
    /// that (a quick bench's) looks quiet while nothing has been recompiled yet.
    /// </summary>
    public static readonly TimeSpan MinWarmUp = TimeSpan.FromSeconds(2);

    /// <summary>How long a warm-up may go on waiting for that, before measuring anyway (and saying so).</summary>
    public static readonly TimeSpan MaxWarmUp = TimeSpan.FromSeconds(60);

    public static TimeSpan Of(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks)) return TimeSpan.Zero;
        long ticks = 0;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                if (!File.ReadAllText(Path.Combine(task, "comm")).StartsWith(".NET Tiered", StringComparison.Ordinal)) continue;
                // Fields 14 and 15 (utime, stime) follow the parenthesised name, which may itself hold spaces.
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            catch (IOException) { /* the thread ended between listing and reading */ }
        }
        return TimeSpan.FromSeconds(ticks / (double)ClockTicksPerSecond);
    }

    // USER_HZ: 100 on every Linux this runs on; /proc reports times in these ticks.
    private const int ClockTicksPerSecond = 100;
}
