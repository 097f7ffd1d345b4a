namespace ItaBot.Bench;

/// <summary>
/// The bot process's CPU and memory beside the bench process's, printed alike by every phase, so the memory target
/// is judged on the bot alone and its CPU per unit of work can be compared across phases.
/// </summary>
public sealed class ResourceReport(BenchReport report)
{
    /// <param name="stretch">What the CPU meter covered, e.g. "first send to last reply".</param>
    /// <param name="perUnit">Bot CPU per unit of work, already worded, e.g. "3.1 ms of bot CPU per turn".</param>
    /// <param name="benchHolds">What runs in the bench process in this phase, e.g. "LINE stand-in and load generator".</param>
    public void Print(BenchHost host, CpuMeter cpu, string stretch, string perUnit, string benchHolds)
    {
        var cores = Environment.ProcessorCount;
        report.Line($"bot CPU ({stretch})", $"{cpu.Bot.TotalSeconds:F2} core-s in {cpu.Wall.TotalSeconds:F1} s = " +
            $"{Share(cpu.Bot, cpu.Wall)} of {cores} cores; {perUnit}");
        report.Line("bench CPU (same stretch)", $"{cpu.Bench.TotalSeconds:F2} core-s = {Share(cpu.Bench, cpu.Wall)} of {cores} cores ({benchHolds})");
        report.Line("bench GC pauses (same stretch)", $"{cpu.BenchGcPause.TotalMilliseconds:F0} ms in all, {cpu.BenchGen2Collections} full collections " +
            "(time the stand-in and load generator stood still; it shows in the latency but is not the bot's)");
        report.Line("bot RSS peak / at the end", $"{MemoryFigures.Mb(host.Bot.PeakRssBytes)} / {MemoryFigures.Mb(host.Bot.RssBytes)} " +
            "(VmHWM / VmRSS of the bot process; target peak < 250 MB)");
        report.Line("bench process peak RSS" + (host.OwnPeakIsPhase ? "" : " since start"),
            $"{MemoryFigures.Mb(MemoryFigures.StatusBytes("self", "VmHWM"))} ({benchHolds}; not the bot)");
        report.Note($"\"bot\" figures are the bot process alone (dotnet ItaBot.dll, pid {host.Bot.Id}); the {benchHolds} run in " +
            $"the bench process and share the same {cores} cores with it.");
    }

    private static string Share(TimeSpan cpu, TimeSpan wall) => wall > TimeSpan.Zero ? (cpu / wall).ToString("F2") : "n/a";
}
