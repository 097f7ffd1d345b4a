using ItaBot.Complaints;
using ItaBot.Storage;
using Microsoft.Extensions.Logging;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// The fetcher's loop with scripted downloads and a clock that moves only when the test moves it; the end-to-end
/// tests against the LINE stand-in are in <c>EndToEnd/EvidenceFetchingTests</c>.
/// </summary>
public sealed class EvidenceFetcherTests
{
    /// <summary>The pause after a first failed attempt (<see cref="ContentDownload.Later"/>).</summary>
    private static readonly TimeSpan FirstPause = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task A_download_that_throws_something_other_than_an_io_error_counts_as_an_attempt_and_waits_the_usual_pause()
    {
        await using var harness = FetcherHarness.Create();
        var id = await harness.AddEvidenceAsync("broken");
        harness.Downloads.FailWith("broken", new InvalidOperationException("not an I/O error"));
        var started = harness.Now;

        await harness.StartAsync();
        var first = await harness.WaitForRowAsync(id, r => r.Attempts > 0);

        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 1, started + (long)FirstPause.TotalMilliseconds, null), first);
        Assert.Contains(harness.Log.Lines, l => l.Level == LogLevel.Error && l.Error is InvalidOperationException && l.Text.Contains($"{id} download failed"));
    }

    [Fact]
    public async Task A_download_that_keeps_throwing_is_given_up_at_the_last_attempt()
    {
        await using var harness = FetcherHarness.Create();
        var id = await harness.AddEvidenceAsync("broken", attempts: ContentDownload.MaxAttempts - 1);
        harness.Downloads.FailWith("broken", new InvalidOperationException("not an I/O error"));

        await harness.StartAsync();
        var last = await harness.WaitForRowAsync(id, r => r.Attempts == ContentDownload.MaxAttempts);

        Assert.Equal(EvidenceStatus.Failed, last.Status);
        Assert.Single(harness.Downloads.Calls("broken"));
    }
}
