namespace ItaBot.Tests.Reports;

/// <summary>A scratch folder removed when the test ends, so repeated runs leave nothing behind.</summary>
internal sealed class TempFolder : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("itabot-reports-");

    public string File(string name) => Path.Combine(directory.FullName, name);

    public void Dispose()
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A LibreOffice helper process may still hold its profile for a moment; the OS cleans /tmp.
        }
    }
}
