namespace ItaBot.Reports;

/// <summary>
/// Writes complaint and feedback statistics (counts only, no personal data) as DOCX, XLSX or CSV.
/// </summary>
public static class ComplaintStatisticsWriter
{
    public const string Title = ComplaintStatisticsText.Title;

    public static void WriteDocx(ComplaintStatisticsModel model, Stream output) =>
        ComplaintStatisticsDocx.Write(Checked(model), Checked(output));

    public static void WriteXlsx(ComplaintStatisticsModel model, Stream output) =>
        ComplaintStatisticsXlsx.Write(Checked(model), Checked(output));

    public static void WriteCsv(ComplaintStatisticsModel model, Stream output) =>
        ComplaintStatisticsCsv.Write(Checked(model), Checked(output));

    /// <summary>Writes to a file, choosing the format from its extension: .docx, .xlsx or .csv.</summary>
    public static void Write(ComplaintStatisticsModel model, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Action<ComplaintStatisticsModel, Stream> write = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".docx" => WriteDocx,
            ".xlsx" => WriteXlsx,
            ".csv" => WriteCsv,
            var other => throw new ArgumentException(
                $"ไม่รองรับไฟล์ชนิด '{other}' ใช้ได้เฉพาะ .docx .xlsx หรือ .csv / "
                + $"Unsupported file type '{other}'; use .docx, .xlsx or .csv.",
                nameof(path)),
        };

        // The model is validated before the file is created, so a bad model leaves no empty file behind.
        Checked(model);
        using var file = File.Create(path);
        write(model, file);
    }

    private static ComplaintStatisticsModel Checked(ComplaintStatisticsModel model)
    {
        ComplaintStatisticsText.Validate(model);
        return model;
    }

    private static Stream Checked(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return output;
    }
}
