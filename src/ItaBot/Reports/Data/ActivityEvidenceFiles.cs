namespace ItaBot.Reports.Data;

/// <summary>
/// How a measure activity's photo is kept on disk: encrypted with <see cref="Security.FieldCipher"/> under this purpose,
/// its path in ActivityEvidence.FilePath. Whatever stores those photos must use the same purpose so reports can read them.
/// </summary>
public static class ActivityEvidenceFiles
{
    public const string Purpose = "activity.evidence.file";
}
