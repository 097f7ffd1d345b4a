using System.Data.Common;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Storage;

/// <summary>The schema itself is owned by the SQL migrations in Storage/Migrations; this only maps it.</summary>
public sealed class ItaBotDb(DbContextOptions<ItaBotDb> options) : DbContext(options)
{
    public DbSet<InboxEvent> InboxEvents => Set<InboxEvent>();
    public DbSet<DialogStateRow> DialogStates => Set<DialogStateRow>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<LineUser> LineUsers => Set<LineUser>();
    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();
    public DbSet<EnrollmentCode> EnrollmentCodes => Set<EnrollmentCode>();
    public DbSet<Complaint> Complaints => Set<Complaint>();
    public DbSet<ComplaintEvidence> ComplaintEvidence => Set<ComplaintEvidence>();
    public DbSet<ComplaintHistory> ComplaintHistory => Set<ComplaintHistory>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<FeedbackEntry> Feedback => Set<FeedbackEntry>();
    public DbSet<RateEvent> RateEvents => Set<RateEvent>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<MeasureActivity> MeasureActivities => Set<MeasureActivity>();
    public DbSet<ActivityUnit> ActivityUnits => Set<ActivityUnit>();
    public DbSet<ActivityEvidence> ActivityEvidence => Set<ActivityEvidence>();
    public DbSet<SequenceCounter> SequenceCounters => Set<SequenceCounter>();
    public DbSet<AlertLogEntry> AlertLog => Set<AlertLogEntry>();
    public DbSet<SettingRow> Settings => Set<SettingRow>();
    public DbSet<RichMenuLink> RichMenuLinks => Set<RichMenuLink>();
    public DbSet<SatisfactionReleaseRow> SatisfactionReleases => Set<SatisfactionReleaseRow>();

    private readonly StatementCache _statements = new();

    /// <summary>Plain SQL in the context's current transaction, prepared once per context (<see cref="StatementCache"/>); not to be disposed by the caller.</summary>
    public DbCommand Prepared(string sql) =>
        _statements.Get(Database.GetDbConnection(), Database.CurrentTransaction?.GetDbTransaction(), sql);

    /// <summary>
    /// Runs plain SQL (<see cref="Prepared"/>) with the connection open; EF counts opens, so one already open for the
    /// turn's transaction stays open afterwards.
    /// </summary>
    public T WithOpenConnection<T>(Func<T> run)
    {
        Database.OpenConnection();
        try { return run(); }
        finally { Database.CloseConnection(); }
    }

    public override void Dispose()
    {
        _statements.Dispose();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        _statements.Dispose();
        return base.DisposeAsync();
    }

    protected override void OnModelCreating(ModelBuilder b)
    {
        b.Entity<InboxEvent>().ToTable("InboxEvents");
        b.Entity<DialogStateRow>().ToTable("DialogStates").HasKey(x => x.ChatKey);
        b.Entity<OutboxMessage>().ToTable("OutboxMessages");
        b.Entity<LineUser>().ToTable("LineUsers");
        b.Entity<StaffMember>().ToTable("StaffMembers");
        b.Entity<EnrollmentCode>().ToTable("EnrollmentCodes");
        b.Entity<Complaint>().ToTable("Complaints");
        b.Entity<ComplaintEvidence>().ToTable("ComplaintEvidence");
        b.Entity<ComplaintHistory>().ToTable("ComplaintHistory");
        b.Entity<AuditEntry>().ToTable("AuditEntries");
        b.Entity<FeedbackEntry>().ToTable("Feedback");
        b.Entity<RateEvent>().ToTable("RateEvents");
        b.Entity<Measure>().ToTable("Measures");
        b.Entity<MeasureActivity>().ToTable("MeasureActivities");
        b.Entity<ActivityUnit>().ToTable("ActivityUnits").HasKey(x => new { x.Unit, x.ActivityId });
        b.Entity<ActivityEvidence>().ToTable("ActivityEvidence");
        b.Entity<SequenceCounter>().ToTable("SequenceCounters").HasKey(x => x.Name);
        b.Entity<AlertLogEntry>().ToTable("AlertLog").HasKey(x => x.Key);
        b.Entity<SettingRow>().ToTable("Settings").HasKey(x => x.Key);
        b.Entity<RichMenuLink>().ToTable("RichMenuLinks");
        b.Entity<SatisfactionReleaseRow>().ToTable("SatisfactionReleases").HasKey(x => new { x.FiscalYear, x.Service, x.Until });
    }
}
