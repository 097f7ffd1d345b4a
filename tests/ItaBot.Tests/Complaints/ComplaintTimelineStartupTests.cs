using ItaBot.Hosting;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.Complaints;

/// <summary>A complaint period the office mistyped stops the start, instead of the first stage move failing.</summary>
public sealed class ComplaintTimelineStartupTests
{
    [Fact]
    public async Task The_bot_does_not_start_with_zero_days_to_close_a_case_after_its_result()
    {
        var directory = Path.Combine(Path.GetTempPath(), "itabot-test-" + Guid.NewGuid().ToString("N")[..12]);
        try
        {
            var refused = await Assert.ThrowsAsync<StartupException>(() =>
                TestBot.StartAsync(s => s["Complaints:CloseAfterResultDays"] = "0", directory: directory));

            Assert.Contains("Complaints:CloseAfterResultDays must be at least 1 day, not 0", refused.Message);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }
}
