using System.Diagnostics;

namespace ItaBot.Bench;

/// <summary>Peak resident memory of this process, from .NET and from the kernel (they should agree).</summary>
public static class MemoryFigures
{
    public static long PeakWorkingSetBytes()
    {
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        return self.PeakWorkingSet64;
    }

    /// <summary>VmHWM from /proc/self/status in bytes; null where there is no procfs.</summary>
    public static long? KernelHighWaterBytes()
    {
        const string path = "/proc/self/status";
        if (!File.Exists(path)) return null;
        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        if (line is null) return null;
        var kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
        return long.TryParse(kb, out var v) ? v * 1024 : null;
    }

    public static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("F0") + " MB";
}
