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
    public async Task A_file_due_while_the_fetcher_waits_is_fetched_when_the_clock_reaches_the_next_poll()
    {
        await using var harness = FetcherHarness.Create();
        var started = harness.Now;
        await harness.StartAsync();
        await harness.Clock.WaitForTimerAsync(EvidenceFetcher.Poll, FetcherHarness.Guard);

        var id = await harness.AddEvidenceAsync("photo");
        Assert.Empty(harness.Downloads.Calls("photo"));
        harness.Clock.Advance(EvidenceFetcher.Poll);
        var stored = await harness.WaitForRowAsync(id, r => r.Status == EvidenceStatus.Stored);

        Assert.Equal([started + (long)EvidenceFetcher.Poll.TotalMilliseconds], harness.Downloads.Calls("photo"));
        Assert.True(File.Exists(stored.FilePath));
    }

    [Fact]
    public async Task A_download_that_throws_something_other_than_an_io_error_counts_as_an_attempt_and_is_tried_again_after_the_pause()
    {
        await using var harness = FetcherHarness.Create();
        var id = await harness.AddEvidenceAsync("broken");
        harness.Downloads.FailWith("broken", new InvalidOperationException("not an I/O error"));
        var started = harness.Now;

        await harness.StartAsync();
        var first = await harness.WaitForRowAsync(id, r => r.Attempts > 0);
        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 1, started + Ms(FirstPause), null), first);
        Assert.Contains(harness.Log.Lines, l => l.Level == LogLevel.Error && l.Error is InvalidOperationException && l.Text.Contains($"{id} download failed"));

        // One poll is not yet the pause: the pass it makes finds nothing due.
        await PollAsync(harness);
        await harness.Clock.WaitForTimerAsync(EvidenceFetcher.Poll, FetcherHarness.Guard);
        Assert.Single(harness.Downloads.Calls("broken"));
        harness.Clock.Advance(EvidenceFetcher.Poll);
        var second = await harness.WaitForRowAsync(id, r => r.Attempts > 1);

        Assert.Equal([started, started + Ms(FirstPause)], harness.Downloads.Calls("broken"));
        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 2, started + Ms(FirstPause) + Ms(2 * FirstPause), null), second);
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

    [Theory]
    [InlineData("refused")]
    [InlineData("changed meanwhile")]
    public async Task A_result_the_database_will_not_record_counts_as_a_failed_attempt_of_its_own_file_while_the_other_file_is_stored(string how)
    {
        await using var harness = FetcherHarness.Create();
        var refused = await harness.AddEvidenceAsync("message-refused");
        var other = await harness.AddEvidenceAsync("message-other");
        if (how == "refused") harness.RefuseStoring(refused);
        else harness.SkipStoring(refused);
        var started = harness.Now;

        await harness.StartAsync();
        var counted = await harness.WaitForRowAsync(refused, r => r.Attempts > 0);
        var stored = await harness.WaitForRowAsync(other, r => r.Status == EvidenceStatus.Stored);

        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 1, started + Ms(FirstPause), null), counted);
        Assert.False(File.Exists(harness.Downloads.FileOf("message-refused")), "the file of an unrecorded result was kept");
        Assert.True(File.Exists(stored.FilePath));
        var line = Assert.Single(harness.Log.Own, l => l.Text.Contains("counted as failed attempt"));
        Assert.Equal((LogLevel.Error, null), (line.Level, line.Error));
        Assert.Contains($"Complaint {refused}:", line.Text);
        Assert.DoesNotContain(harness.Log.Own, l => l.Text.Contains("message-") || l.Error is not null);
    }

    [Fact]
    public async Task A_result_that_cannot_be_recorded_at_the_last_attempt_gives_its_file_up()
    {
        await using var harness = FetcherHarness.Create();
        var id = await harness.AddEvidenceAsync("message-refused", attempts: ContentDownload.MaxAttempts - 1);
        harness.RefuseStoring(id);

        await harness.StartAsync();
        var last = await harness.WaitForRowAsync(id, r => r.Attempts == ContentDownload.MaxAttempts);

        Assert.Equal(EvidenceStatus.Failed, last.Status);
        Assert.False(File.Exists(harness.Downloads.FileOf("message-refused")));
        await PollAsync(harness);
        await harness.Clock.WaitForTimerAsync(EvidenceFetcher.Poll, FetcherHarness.Guard);
        Assert.Single(harness.Downloads.Calls("message-refused"));
    }

    [Fact]
    public async Task While_the_database_refuses_every_change_to_a_file_s_row_its_result_is_held_without_a_second_download_and_recorded_once_it_can_be()
    {
        await using var harness = FetcherHarness.Create();
        var held = await harness.AddEvidenceAsync("message-held");
        var other = await harness.AddEvidenceAsync("message-other");
        harness.RefuseEveryChange(held);

        await harness.StartAsync();
        await harness.WaitForRowAsync(other, r => r.Status == EvidenceStatus.Stored);
        await PollAsync(harness);
        await harness.Clock.WaitForTimerAsync(EvidenceFetcher.Poll, FetcherHarness.Guard);
        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 0, harness.Now - Ms(EvidenceFetcher.Poll), null), harness.Row(held));
        harness.Allow();
        await PollAsync(harness);
        var stored = await harness.WaitForRowAsync(held, r => r.Status == EvidenceStatus.Stored);

        Assert.Equal(1, stored.Attempts);
        Assert.Single(harness.Downloads.Calls("message-held"));
        Assert.True(File.Exists(stored.FilePath));
    }

    /// <summary>Once the fetcher waits for its poll, moves the clock to it.</summary>
    private static async Task PollAsync(FetcherHarness harness)
    {
        await harness.Clock.WaitForTimerAsync(EvidenceFetcher.Poll, FetcherHarness.Guard);
        harness.Clock.Advance(EvidenceFetcher.Poll);
    }

    private static long Ms(TimeSpan span) => (long)span.TotalMilliseconds;
}
