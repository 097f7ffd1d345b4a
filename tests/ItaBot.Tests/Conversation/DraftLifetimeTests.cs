using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Hosting;
using ItaBot.Privacy;
using ItaBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace ItaBot.Tests.Conversation;

public sealed class DraftLifetimeTests
{
    [Fact]
    public void By_default_a_draft_pauses_after_30_minutes_and_is_kept_for_a_day()
    {
        var lifetime = Lifetime(30, 1);

        Assert.Equal(TimeSpan.FromMinutes(30), lifetime.PauseAfter);
        Assert.Equal(TimeSpan.FromDays(1), lifetime.KeepFor);
        Assert.Equal(1, lifetime.KeptDays);
    }

    [Theory]
    [InlineData(0, 1, "Dialogs:ExpiryMinutes")]
    [InlineData(1440, 1, "Dialogs:ExpiryMinutes")]
    [InlineData(30, 0, "Retention:AbandonedDraftDays")]
    public void A_pause_that_would_never_be_asked_about_or_no_time_to_come_back_is_refused_naming_the_setting(int minutes, int days, string named)
    {
        var e = Assert.Throws<StartupException>(() => Lifetime(minutes, days));

        Assert.Contains(named, e.Message);
    }

    [Fact]
    public async Task The_bot_refuses_to_start_with_a_pause_as_long_as_the_time_drafts_are_kept()
    {
        var e = await Assert.ThrowsAsync<StartupException>(() => TestBot.StartAsync(s => s["Dialogs:ExpiryMinutes"] = "1440"));

        Assert.StartsWith("Dialogs:ExpiryMinutes must be at least 1 and less than", e.Message);
    }

    private static DraftLifetime Lifetime(int minutes, int days) => new(
        Options.Create(new DialogOptionsSection { ExpiryMinutes = minutes }),
        Options.Create(new RetentionOptions { AbandonedDraftDays = days }));
}
