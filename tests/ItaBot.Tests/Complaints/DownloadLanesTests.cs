using ItaBot.Complaints;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// The lanes with a hand-written source whose downloads end only when the test opens their gate: no sleeps, no
/// timing; a bounded wait only guards against hanging when something is wrong.
/// </summary>
public sealed class DownloadLanesTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_slow_download_does_not_hold_up_a_fast_one_started_after_it()
    {
        var source = new GatedSource();
        var lanes = new DownloadLanes<string, string>(2);

        Assert.True(lanes.TryStart("video", source.Fetch("video"), CancellationToken.None));
        Assert.True(lanes.TryStart("photo", source.Fetch("photo"), CancellationToken.None));
        source.Open("photo");
        var first = await FinishedAsync(lanes, 1);

        Assert.Equal(["photo"], first.Select(f => f.Key));
        source.Open("video");
        Assert.Equal(["photo", "video"], (await FinishedAsync(lanes, 2)).Select(f => f.Key));
    }

    [Fact]
    public async Task A_key_is_not_started_again_while_it_runs_nor_after_it_ends_until_its_result_is_released()
    {
        var source = new GatedSource();
        var lanes = new DownloadLanes<string, string>(3);

        Assert.True(lanes.TryStart("a", source.Fetch("a"), CancellationToken.None));
        Assert.False(lanes.TryStart("a", source.Fetch("a"), CancellationToken.None));
        source.Open("a");
        await FinishedAsync(lanes, 1);
        Assert.False(lanes.TryStart("a", source.Fetch("a"), CancellationToken.None));
        lanes.Release("a");
        Assert.True(lanes.TryStart("a", source.Fetch("a"), CancellationToken.None));
        await FinishedAsync(lanes, 1);

        Assert.Equal(2, source.Calls("a"));
    }

    [Fact]
    public async Task No_more_downloads_run_than_there_are_lanes()
    {
        var source = new GatedSource();
        var lanes = new DownloadLanes<string, string>(2);

        Assert.True(lanes.TryStart("a", source.Fetch("a"), CancellationToken.None));
        Assert.True(lanes.TryStart("b", source.Fetch("b"), CancellationToken.None));
        Assert.False(lanes.TryStart("c", source.Fetch("c"), CancellationToken.None));
        source.Open("a");
        await FinishedAsync(lanes, 1);
        Assert.Equal(0, lanes.Free);
        lanes.Release("a");

        Assert.True(lanes.TryStart("c", source.Fetch("c"), CancellationToken.None));
        source.Open("c");
        Assert.Equal(["c"], (await FinishedAsync(lanes, 1)).Select(f => f.Key));
        Assert.Equal((1, 1), (source.Calls("a"), source.Calls("c")));
    }

    [Fact]
    public async Task Cancelling_ends_every_held_download_and_reports_it_as_cancelled_not_as_a_result()
    {
        var source = new GatedSource();
        var lanes = new DownloadLanes<string, string>(2);
        using var stopping = new CancellationTokenSource();
        lanes.TryStart("a", source.Fetch("a"), stopping.Token);
        lanes.TryStart("b", source.Fetch("b"), stopping.Token);

        await stopping.CancelAsync();
        await lanes.DrainAsync().WaitAsync(Guard);

        Assert.All(lanes.Finished(), f => Assert.IsAssignableFrom<OperationCanceledException>(f.Error));
        Assert.Equal(["a", "b"], lanes.Finished().Select(f => f.Key).Order());
        Assert.All(lanes.Finished(), f => Assert.Null(f.Result));
    }

    [Fact]
    public async Task A_download_that_throws_is_handed_back_with_its_error_and_keeps_its_key_until_released()
    {
        var lanes = new DownloadLanes<string, string>(2);

        lanes.TryStart("broken", _ => Task.FromException<string>(new InvalidDataException("unreadable")), CancellationToken.None);
        await lanes.DrainAsync().WaitAsync(Guard);

        var failed = Assert.Single(lanes.Finished());
        Assert.IsType<InvalidDataException>(failed.Error);
        Assert.Contains("broken", lanes.Taken);
        lanes.Release("broken");
        Assert.Empty(lanes.Taken);
    }

    private static async Task<IReadOnlyList<LaneResult<string, string>>> FinishedAsync(DownloadLanes<string, string> lanes, int count)
    {
        using var guard = new CancellationTokenSource(Guard);
        while (lanes.Finished().Count < count)
        {
            guard.Token.ThrowIfCancellationRequested();
            await lanes.WaitAsync(Guard, TimeProvider.System, guard.Token);
        }
        return lanes.Finished();
    }

    /// <summary>A content source whose every download waits for its own gate; it counts how often each was asked for.</summary>
    private sealed class GatedSource
    {
        private readonly Dictionary<string, TaskCompletionSource> _gates = [];
        private readonly Dictionary<string, int> _calls = [];

        public TaskCompletionSource Gate(string key)
        {
            lock (_gates)
            {
                if (!_gates.TryGetValue(key, out var gate))
                    _gates[key] = gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return gate;
            }
        }

        public void Open(string key) => Gate(key).TrySetResult();

        public int Calls(string key)
        {
            lock (_calls) return _calls.GetValueOrDefault(key);
        }

        public Func<CancellationToken, Task<string>> Fetch(string key) => async ct =>
        {
            lock (_calls) _calls[key] = _calls.GetValueOrDefault(key) + 1;
            await Gate(key).Task.WaitAsync(ct);
            return "bytes of " + key;
        };
    }
}
