using ItaBot.Complaints;
using ItaBot.Line.Api;
using ItaBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// Finished downloads handed to the recording in one batch, as the fetcher hands over what ended since its last pass;
/// the fetcher is not started, so which results share a commit is the test's choice, not the timing's.
/// </summary>
public sealed class EvidenceRecordingTests
{
    [Fact]
    public async Task Of_results_committed_together_one_the_database_refuses_becomes_a_failed_attempt_and_the_others_are_recorded()
    {
        await using var harness = FetcherHarness.Create();
        var refused = await harness.AddEvidenceAsync("message-refused");
        var other = await harness.AddEvidenceAsync("message-other");
        harness.RefuseStoring(refused);
        EvidenceOutcome[] outcomes = [Stored(harness, refused), Stored(harness, other)];

        var recorded = await RecordAsync(harness, outcomes);

        Assert.Equal(outcomes, recorded);
        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 1, harness.Now + 4_000, null), harness.Row(refused));
        Assert.False(File.Exists(outcomes[0].Result.FilePath));
        Assert.Equal(new EvidenceRow(EvidenceStatus.Stored, 1, harness.Now, outcomes[1].Result.FilePath), harness.Row(other));
    }

    [Fact]
    public async Task A_result_the_database_refuses_even_as_a_failed_attempt_is_left_out_with_its_file_kept_for_the_next_try()
    {
        await using var harness = FetcherHarness.Create();
        var held = await harness.AddEvidenceAsync("message-held");
        var other = await harness.AddEvidenceAsync("message-other");
        harness.RefuseEveryChange(held);
        EvidenceOutcome[] outcomes = [Stored(harness, held), Stored(harness, other)];

        var recorded = await RecordAsync(harness, outcomes);

        Assert.Equal([outcomes[1]], recorded);
        Assert.Equal(new EvidenceRow(EvidenceStatus.Pending, 0, harness.Now, null), harness.Row(held));
        Assert.True(File.Exists(outcomes[0].Result.FilePath));
        Assert.Equal(EvidenceStatus.Stored, harness.Row(other).Status);
    }

    /// <summary>A first attempt that stored its file, as a download hands it back.</summary>
    private static EvidenceOutcome Stored(FetcherHarness harness, long id)
    {
        var path = Path.Combine(harness.Directory, $"downloaded-{id}.bin");
        File.WriteAllBytes(path, [1, 2, 3]);
        var job = new EvidenceJob(new EvidenceKey(EvidenceSource.Complaint, id), 0, $"message-{id}", 1);
        return new EvidenceOutcome(job, new ContentDownloadResult(LineApiOutcome.Ok, EvidenceStatus.Stored, path, "image/jpeg", 3, harness.Now));
    }

    private static async Task<IReadOnlyList<EvidenceOutcome>> RecordAsync(FetcherHarness harness, IReadOnlyList<EvidenceOutcome> outcomes)
    {
        await using var scope = harness.Services.CreateAsyncScope();
        return await harness.Services.GetRequiredService<EvidenceRecording>()
            .RecordAsync(scope.ServiceProvider.GetRequiredService<ItaBotDb>(), outcomes, CancellationToken.None);
    }
}
