using System.Collections.Concurrent;

namespace ItaBot.Bench;

/// <summary>Collects latencies from many threads and reports percentiles in milliseconds.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentBag<double> _samples = [];

    public void Add(double milliseconds) => _samples.Add(milliseconds);

    public void AddAll(LatencyRecorder other)
    {
        foreach (var ms in other._samples) _samples.Add(ms);
    }

    public int Count => _samples.Count;

    public double Percentile(double p)
    {
        var sorted = _samples.ToArray();
        if (sorted.Length == 0) return double.NaN;
        Array.Sort(sorted);
        var rank = (int)Math.Ceiling(p / 100 * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }
}
