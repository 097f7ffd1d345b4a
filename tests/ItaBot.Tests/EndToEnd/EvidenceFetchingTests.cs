using System.Security.Cryptography;
using ItaBot.Complaints;
using ItaBot.Line.Api;
using ItaBot.LineEmulator;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Reports.Data;
using ItaBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ItaBot.Tests.EndToEnd;

/// <summary>
/// The evidence fetcher against the LINE stand-in, with downloads held by a <see cref="FaultGate"/> until the test
/// opens it: a slow video is one the test has not let finish yet, not one that takes some number of seconds.
/// </summary>
public sealed class EvidenceFetchingTests
{
    // Only a guard against hanging when something is broken; nothing waits for it to pass.
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(15);

    private static Task<TestBot> StartAsync(string? directory = null, LineEmulatorServer? line = null) =>
        TestBot.StartAsync(s => s["Alerts:Scheduler:Enabled"] = "false", directory: directory, sharedLine: line);

    [Fact]
    public async Task One_person_s_slow_video_does_not_hold_up_another_person_s_photo()
    {
        await using var bot = await StartAsync();
        var video = Sent(bot);
        var photo = Sent(bot);
        var gate = Hold(bot, video);

        await AddEvidenceAsync(bot, video);
        await gate.Entered.WaitAsync(Guard);
        await AddEvidenceAsync(bot, photo);
        await WaitStoredAsync(bot, photo);

        Assert.Equal("pending", Status(bot, video));
        gate.Open();
        await WaitStoredAsync(bot, video);
        Assert.Equal((1, 1), (ContentCalls(bot, video), ContentCalls(bot, photo)));
    }

    [Fact]
    public async Task A_file_still_downloading_is_never_fetched_a_second_time_while_other_files_come_and_go()
    {
        await using var bot = await StartAsync();
        var video = Sent(bot);
        var gate = Hold(bot, video);
        await AddEvidenceAsync(bot, video);
        await gate.Entered.WaitAsync(Guard);

        // Each photo is added only after the last is stored, so the fetcher makes pass after pass while the video is held.
        var photos = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            photos.Add(Sent(bot));
            await AddEvidenceAsync(bot, photos[^1]);
            await WaitStoredAsync(bot, photos[^1]);
        }

        Assert.Equal(("pending", 0), (Status(bot, video), ContentCalls(bot, video)));
        gate.Open();
        await WaitStoredAsync(bot, video);
        Assert.Equal(1, ContentCalls(bot, video));
        Assert.Equal(1L, bot.Scalar("SELECT Attempts FROM ComplaintEvidence WHERE LineMessageId = $id", ("$id", video)));
        Assert.All(photos, p => Assert.Equal(1, ContentCalls(bot, p)));
    }

    [Fact]
    public async Task Stopping_the_bot_during_a_download_ends_it_at_once_and_the_file_is_fetched_after_the_restart()
    {
        var bot = await StartAsync();
        await using var _ = bot;
        var video = Sent(bot);
        var gate = Hold(bot, video);
        await AddEvidenceAsync(bot, video);
        await gate.Entered.WaitAsync(Guard);

        // The host would wait 30 s for a worker that ignored the stopping token.
        await bot.Host.DisposeAsync().AsTask().WaitAsync(Guard);

        Assert.Equal(("pending", 0L), (Status(bot, video), (long)bot.Scalar("SELECT Attempts FROM ComplaintEvidence")!));
        Assert.DoesNotContain(LogLines(bot), l => l.Contains("[ERR]", StringComparison.Ordinal));
        await using var again = await StartAsync(bot.Directory, bot.Line);
        await WaitStoredAsync(again, video);
        Assert.Equal(1L, again.Scalar("SELECT Attempts FROM ComplaintEvidence"));
    }

    [Fact]
    public async Task A_file_whose_row_was_erased_while_it_downloaded_is_deleted_instead_of_recorded()
    {
        await using var bot = await StartAsync();
        var orphan = Path.Combine(bot.Directory, "orphan.bin");
        await File.WriteAllBytesAsync(orphan, [1, 2, 3]);
        var job = new EvidenceJob(new EvidenceKey(EvidenceSource.Complaint, 4242), 4141, "gone-message", 1);
        var stored = new ContentDownloadResult(LineApiOutcome.Ok, EvidenceStatus.Stored, orphan, "image/png", 3, 0);

        await using (var scope = bot.Services.CreateAsyncScope())
            await bot.Services.GetRequiredService<EvidenceRecorder>()
                .RecordAsync(scope.ServiceProvider.GetRequiredService<ItaBotDb>(), [new EvidenceOutcome(job, stored)], CancellationToken.None);

        Assert.False(File.Exists(orphan));
        Assert.Equal(0, bot.Count("SELECT COUNT(*) FROM ComplaintEvidence"));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    public async Task A_number_of_parallel_downloads_outside_one_to_eight_stops_the_start_naming_the_setting(string lanes)
    {
        var refused = await Assert.ThrowsAsync<ItaBot.Hosting.StartupException>(() => TestBot.StartAsync(s => s["Storage:EvidenceDownloads"] = lanes));

        Assert.Contains("Storage:EvidenceDownloads must be 1 to 8", refused.Message);
    }

    /// <summary>A photo a person sent: LINE holds its bytes under a message id; the bot has not seen it.</summary>
    private static string Sent(TestBot bot) =>
        (string)bot.Line.BuildImageEvent(bot.Line.AddUser(), RandomNumberGenerator.GetBytes(2048))["message"]!["id"]!;

    private static FaultGate Hold(TestBot bot, string messageId)
    {
        var gate = new FaultGate();
        bot.Line.Faults.Enqueue($"/message/{messageId}/content", EmulatedFault.SlowUntil(gate));
        return gate;
    }

    /// <summary>A complaint with one file to fetch, as a submitted complaint leaves it.</summary>
    private static async Task AddEvidenceAsync(TestBot bot, string messageId)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds();
        var complaint = await StatisticsSeed.AddAsync(bot, StatisticsSeed.Extra(now, "received"));
        await StatisticsSeed.AddAsync(bot, new ComplaintEvidence
        {
            ComplaintId = complaint, Kind = "image", LineMessageId = messageId, Status = EvidenceStatus.Pending, NextAttemptAt = now, CreatedAt = now,
        });
    }

    private static Task WaitStoredAsync(TestBot bot, string messageId) =>
        bot.WaitForCountAsync($"SELECT COUNT(*) FROM ComplaintEvidence WHERE Status = 'stored' AND LineMessageId = '{messageId}'");

    private static string? Status(TestBot bot, string messageId) =>
        (string?)bot.Scalar("SELECT Status FROM ComplaintEvidence WHERE LineMessageId = $id", ("$id", messageId));

    /// <summary>Content calls LINE answered for this message; a call still held is not among them yet.</summary>
    private static int ContentCalls(TestBot bot, string messageId) =>
        bot.Line.Calls.Count(c => c.Path == $"/v2/bot/message/{messageId}/content");

    private static IEnumerable<string> LogLines(TestBot bot) =>
        Directory.Exists(bot.Settings["Logging:Directory"])
            ? Directory.GetFiles(bot.Settings["Logging:Directory"]!, "*.log").SelectMany(File.ReadAllLines)
            : [];
}
