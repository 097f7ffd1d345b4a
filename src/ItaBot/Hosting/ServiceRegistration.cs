using ItaBot.Alerts;
using ItaBot.Calendar;
using ItaBot.Complaints;
using ItaBot.Configuration;
using ItaBot.Conversation;
using ItaBot.Feedback;
using ItaBot.Inbox;
using ItaBot.Line.Api;
using ItaBot.Outbox;
using ItaBot.Reports.Data;
using ItaBot.People;
using ItaBot.Security;
using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Tracking;
using ItaBot.Webhook;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ItaBot.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the bot and the CLI verbs share: options, keys, storage, domain and conversation.</summary>
    /// <param name="createKeyRing">Make a key ring when Security:KeyFile is missing: only the local demo's bot does.</param>
    public static IServiceCollection AddItaBotCore(this IServiceCollection services, IConfiguration configuration, bool createKeyRing)
    {
        services.Configure<LineOptions>(configuration.GetSection(LineOptions.Section));
        services.Configure<StorageOptions>(configuration.GetSection(StorageOptions.Section));
        services.Configure<SecurityOptions>(configuration.GetSection(SecurityOptions.Section));
        services.Configure<OrganisationOptions>(configuration.GetSection(OrganisationOptions.Section));
        services.Configure<ComplaintOptions>(configuration.GetSection(ComplaintOptions.Section));
        services.Configure<DialogOptionsSection>(configuration.GetSection(DialogOptionsSection.Section));
        services.Configure<AlertOptions>(configuration.GetSection(AlertOptions.Section));
        services.Configure<InboxOptions>(configuration.GetSection(InboxOptions.Section));
        services.TryAddSingletonTimeProvider();

        services.AddSingleton(sp => KeyRingLoader.Load(sp.GetRequiredService<IOptions<SecurityOptions>>().Value, createIfMissing: createKeyRing));
        services.AddSingleton<FieldCipher>();
        services.AddSingleton<BlindIndex>();

        var storage = configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() ?? new StorageOptions();
        var connectionString = Database.Normalise(configuration.GetConnectionString("ItaBot"));
        // The bot's commits leave checkpoints to WalCheckpointer. A CLI verb's own commits then only add to the WAL,
        // which the running bot's checkpointer, or SQLite when the last connection closes, copies back.
        var pragmas = new SqlitePragmas(storage.BusyTimeoutMs, checkpointInBackground: true);
        services.AddSingleton(pragmas);
        services.AddSingleton(new Database(connectionString, pragmas));
        services.AddSingleton<WriteGate>();
        services.AddSingleton(sp => WalSync.For(sp.GetRequiredService<Database>()));
        services.AddSingleton<IContentDownload, ContentDownload>();
        services.AddDbContext<ItaBotDb>(o => o.UseSqlite(connectionString).AddInterceptors(pragmas));

        services.AddSingleton(sp => HolidayCalendar.Load(
            configuration[HolidayCalendar.ConfigurationKey] is { Length: > 0 } path ? path : HolidayCalendar.DefaultPath));
        services.AddSingleton<WorkingDays>();
        services.AddSingleton<ComplaintDeadlines>();

        services.AddSingleton<FlowCatalogProvider>();
        services.AddSingleton<LineRenderer>();
        services.AddSingleton<Texts>();
        services.AddSingleton<DialogStore>();
        services.AddSingleton<DraftLifetime>();
        services.AddSingleton<OrganisationContact>();
        services.AddSingleton<LineUserDirectory>();
        services.AddSingleton<OutboxComposer>();
        services.AddSingleton<AlertRecipientCheck>();
        services.AddSingleton<QuietHours>();
        services.AddSingleton<StaffAlerts>();
        services.AddSingleton<ComplaintAlerts>();
        services.AddSingleton<ComplaintService>();
        services.AddSingleton<FeedbackService>();
        services.AddSingleton<ForwardingAgency>();
        services.AddSingleton<ComplainantNotes>();
        services.AddSingleton<LegacyAgencySealing>();
        services.AddSingleton<ComplainantProgress>();
        services.AddSingleton<TrackingService>();
        services.AddSingleton<StaffEnrollment>();
        services.AddSingleton<StaffMenu>();
        services.AddSingleton<StaffRefusal>();
        services.AddScoped<CompletionHandler>();
        services.AddScoped<FlowRunner>();
        services.AddScoped<IStaffConversation, StaffConversation>();
        services.AddScoped<ITurnHandler, ConversationHandler>();
        services.Configure<ItaBot.Privacy.RetentionOptions>(configuration.GetSection(ItaBot.Privacy.RetentionOptions.Section));
        services.AddSingleton<ItaBot.Privacy.RetentionPurge>();
        services.AddSingleton<ItaBot.Privacy.SubjectExport>();
        services.AddSingleton<ItaBot.Privacy.SubjectErasure>();
        services.AddSingleton<ItaBot.Operations.DatabaseCheck>();
        services.AddItaBotReports(configuration);
        // Issue 4 part A: complaint cases, the feedback desk and digest muting in chat.
        services.AddSingleton<ItaBot.Staff.Cases.CaseViews>();
        services.AddSingleton<PendingRatings>();
        services.AddSingleton<ItaBot.Staff.Cases.ComplainantNotifier>();
        services.AddSingleton<ItaBot.Complaints.EvidenceTooLargeNotice>();
        services.AddSingleton<ItaBot.Staff.Cases.CaseMover>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.Cases.CaseFeature>();
        services.AddScoped<IFlowAction, ItaBot.Staff.Cases.MoveCaseAction>();
        services.AddScoped<IFlowAction, ItaBot.Staff.Cases.PublicNoteAction>();
        services.AddSingleton<ItaBot.Staff.FeedbackDesk.FeedbackViews>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.FeedbackDesk.FeedbackDeskFeature>();
        services.AddScoped<IFlowAction, ItaBot.Staff.FeedbackDesk.AnswerFeedbackAction>();
        services.AddScoped<IStaffFeature, DigestMuteFeature>();
        services.Configure<AlertScheduleOptions>(configuration.GetSection(AlertScheduleOptions.Section));
        services.AddSingleton<CaseAlertMessages>();
        services.AddSingleton<CaseDeadlineAlerts>();
        services.AddSingleton<ActivityOverdueAlerts>();
        services.AddSingleton<DailyDigest>();
        // Issue 4 part B: measures in chat (งานของฉัน, มาตรการ) and admin staff management.
        services.AddSingleton<ItaBot.Staff.Measures.ActivityLabels>();
        services.AddSingleton<ItaBot.Staff.Measures.ActivityCards>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.Measures.MyWorkFeature>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.Measures.ActivityFeature>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.Measures.MeasuresOverviewFeature>();
        services.AddScoped<IFlowAction, ItaBot.Staff.Measures.ActivityUpdateAction>();
        services.AddScoped<IStaffFeature, ItaBot.Staff.Admin.StaffAdminFeature>();
        // Issue 4: the per-user staff rich menus, one per kind of role (Line:StaffRichMenuImage, Line:StaffRichMenuImageStaff);
        // turns and the CLI only queue link requests.
        services.AddSingleton<ItaBot.Staff.RichMenu.StaffRichMenuRequests>();
        return services;
    }

    /// <summary>The web host's own parts: the webhook, the workers and the LINE client.</summary>
    public static IServiceCollection AddItaBotWorkers(this IServiceCollection services)
    {
        services.AddSingleton<HealthState>();
        services.AddHostedService<ItaBot.Operations.RunningLock>();
        // Registered early so that it stops late, after the writers.
        services.AddHostedService<WalCheckpointer>();
        services.AddHostedService<ItaBot.Privacy.RetentionWorker>();
        services.AddSingleton<InboxSignal>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<InboxWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxWriter>());
        services.AddSingleton<WebhookReceiver>();
        services.AddHostedService<InboxProcessor>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        services.AddSingleton<EvidenceRecorder>();
        services.AddSingleton<EvidenceRecording>();
        services.AddHostedService<EvidenceFetcher>();
        services.AddSingleton<AlertScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<AlertScheduler>());
        services.AddSingleton<ItaBot.Staff.RichMenu.StaffRichMenuLayout>();
        services.AddSingleton<ItaBot.Staff.RichMenu.StaffRichMenu>();
        services.AddHostedService<ItaBot.Staff.RichMenu.StaffRichMenuWorker>();
        services.AddSingleton(sp =>
        {
            var line = sp.GetRequiredService<IOptions<LineOptions>>().Value;
            if (line.HttpTimeoutSeconds < 1 || line.ContentTimeoutSeconds < 1)
                throw new StartupException("Line:HttpTimeoutSeconds and Line:ContentTimeoutSeconds must be at least 1");
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 })
            {
                Timeout = Timeout.InfiniteTimeSpan,
            };
            return new LineMessagingClient(http, new LineClientOptions
            {
                ApiBaseUrl = line.ApiBaseUrl,
                DataApiBaseUrl = line.DataApiBaseUrl,
                ChannelAccessToken = line.ChannelAccessToken,
                Timeout = TimeSpan.FromSeconds(line.HttpTimeoutSeconds),
                ContentTimeout = TimeSpan.FromSeconds(line.ContentTimeoutSeconds),
            }, sp.GetRequiredService<TimeProvider>());
        });
        return services;
    }

    private static void TryAddSingletonTimeProvider(this IServiceCollection services)
    {
        if (services.All(s => s.ServiceType != typeof(TimeProvider))) services.AddSingleton(TimeProvider.System);
    }
}
