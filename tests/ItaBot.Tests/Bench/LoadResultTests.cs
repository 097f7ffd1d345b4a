using ItaBot.Bench;

namespace ItaBot.Tests.Bench;

public sealed class LoadResultTests
{
    [Fact]
    public void Rounds_summed_give_their_answers_over_their_summed_time_and_keep_every_latency()
    {
        var fast = Run(ok: 300, failed: 0, seconds: 1, latencies: [1, 2, 3]);
        var slow = Run(ok: 100, failed: 2, seconds: 3, latencies: [10, 20]);

        var sum = LoadClient.Result.Sum([fast, slow]);

        Assert.Equal(400, sum.Ok);
        Assert.Equal(2, sum.Failed);
        Assert.Equal(TimeSpan.FromSeconds(4), sum.Elapsed);
        // 400 answers in 4 s, not the mean of 300/s and 33/s.
        Assert.Equal(100, sum.PerSecond, precision: 6);
        Assert.Equal(5, sum.Latency.Count);
        Assert.Equal(20, sum.Latency.Percentile(100));
        Assert.Equal(3, sum.Latency.Percentile(50));
    }

    private static LoadClient.Result Run(int ok, int failed, double seconds, double[] latencies)
    {
        var recorder = new LatencyRecorder();
        foreach (var ms in latencies) recorder.Add(ms);
        return new LoadClient.Result(ok, failed, TimeSpan.FromSeconds(seconds), recorder);
    }
}
