using ItaBot.Configuration;
using ItaBot.Dialogs;
using ItaBot.Hosting;
using ItaBot.Privacy;
using Microsoft.Extensions.Options;

namespace ItaBot.Conversation;

/// <summary>
/// How long an unfinished draft waits quietly and how long it is kept at all. After Dialogs:ExpiryMinutes the
/// person's next message first asks whether to go on (it may not answer the old question); after
/// Retention:AbandonedDraftDays the draft is deleted and the person is told. Read in one place so that the dialog
/// engine, the closing rating question and the retention purge agree on which drafts still count.
/// </summary>
public sealed class DraftLifetime
{
    public DraftLifetime(IOptions<DialogOptionsSection> dialogs, IOptions<RetentionOptions> retention)
    {
        var minutes = dialogs.Value.ExpiryMinutes;
        var days = retention.Value.AbandonedDraftDays;
        if (days < 1)
            throw new StartupException("Retention:AbandonedDraftDays must be at least 1: a person who pauses must be able to come back to their draft");
        // A pause as long as the whole keeping time would never be asked about: the draft would be deleted first.
        if (minutes < 1 || minutes >= days * MinutesPerDay)
            throw new StartupException(
                $"Dialogs:ExpiryMinutes must be at least 1 and less than Retention:AbandonedDraftDays in minutes ({days * MinutesPerDay})");
        PauseAfter = TimeSpan.FromMinutes(minutes);
        KeepFor = TimeSpan.FromDays(days);
    }

    private const int MinutesPerDay = 24 * 60;

    public TimeSpan PauseAfter { get; }
    public TimeSpan KeepFor { get; }
    public int KeptDays => (int)KeepFor.TotalDays;

    /// <summary>Still kept: the person may come back to it, so nothing may replace it unasked.</summary>
    public bool Keeps(DialogState draft, DateTimeOffset now) => !draft.IdleLongerThan(now, KeepFor);
}
