using ItaBot.Privacy;
using Microsoft.Extensions.Options;

namespace ItaBot.Cli;

public sealed class PurgeVerb : ICliVerb
{
    public string Name => "purge";
    public string Usage => "purge                        delete data past its retention period (Retention:*), then VACUUM";

    public Task<int> RunAsync(CliContext context, CliArguments args, CancellationToken ct)
    {
        var options = context.Services.GetRequiredService<IOptions<RetentionOptions>>().Value;
        var result = context.Services.GetRequiredService<RetentionPurge>().Run();
        context.Output.WriteLine($"retention (days): closed complaints {options.ClosedComplaintDays}, evidence {options.EvidenceDays}, " +
                                 $"feedback {options.FeedbackDays}, inbox {options.InboxDays}, outbox {options.OutboxDays}, audit {options.AuditDays}");
        context.Output.WriteLine("removed: " + result);
        return Task.FromResult(0);
    }
}
