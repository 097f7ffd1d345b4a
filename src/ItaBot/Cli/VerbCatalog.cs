namespace ItaBot.Cli;

/// <summary>Every verb the CLI knows; a new verb is one class and one line here.</summary>
public static class VerbCatalog
{
    public static IReadOnlyList<ICliVerb> All { get; } =
    [
        new MigrateVerb(),
        new KeysInitVerb(),
        new KeysRotateVerb(),
        new InviteVerb(),
        new StaffListVerb(),
        new StaffRevokeVerb(),
        new ReportMeasuresVerb(),
        new ReportComplaintsVerb(),
        new MeasuresImportVerb(),
        new BenchVerb(),
        new BackupVerb(),
        new RestoreVerb(),
        new PurgeVerb(),
        new PrivacyExportVerb(),
        new PrivacyEraseVerb(),
        new ItaBot.Operations.OutboxFailedVerb(),
    ];
}
