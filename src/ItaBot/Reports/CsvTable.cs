using System.Text;

namespace ItaBot.Reports;

/// <summary>RFC 4180 CSV: CRLF line ends, and fields quoted when they hold a comma, quote or line break.</summary>
internal sealed class CsvTable
{
    private static readonly char[] NeedsQuoting = [',', '"', '\r', '\n'];

    private readonly StringBuilder text = new();

    public void AddRow(params string[] fields) =>
        text.Append(string.Join(',', fields.Select(Field))).Append("\r\n");

    /// <summary>Writes UTF-8 with a byte-order mark, without which Excel reads Thai as mojibake.</summary>
    public void SaveTo(Stream output)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        var preamble = encoding.GetPreamble();
        output.Write(preamble);
        output.Write(encoding.GetBytes(text.ToString()));
    }

    private static string Field(string value) =>
        value.IndexOfAny(NeedsQuoting) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
