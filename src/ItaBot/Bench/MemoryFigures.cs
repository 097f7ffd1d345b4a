namespace ItaBot.Bench;

/// <summary>Resident memory as the kernel counts it (/proc/&lt;pid&gt;/status), for the bench process or the bot's.</summary>
public static class MemoryFigures
{
    /// <summary>
    /// A kB field of /proc/{process}/status in bytes: VmHWM is the peak resident set, VmRSS the current one.
    /// Null where there is no procfs or the process is gone.
    /// </summary>
    public static long? StatusBytes(string process, string field)
    {
        var path = $"/proc/{process}/status";
        string? line;
        try
        {
            line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        }
        catch (IOException)
        {
            return null;
        }
        if (line is null) return null;
        var kb = line[(field.Length + 1)..].Trim().Split(' ')[0];
        return long.TryParse(kb, out var v) ? v * 1024 : null;
    }

    /// <summary>
    /// Restarts this process's VmHWM from its current resident set, so a later phase reports its own peak rather than
    /// the largest of all phases so far. False where the kernel does not allow it.
    /// </summary>
    public static bool ResetOwnPeak()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public static string Mb(long? bytes) => bytes is { } b ? (b / 1024.0 / 1024.0).ToString("F0") + " MB" : "n/a";
}
