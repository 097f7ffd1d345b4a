using ItaBot.Configuration;

namespace ItaBot.Security;

public static class KeyRingLoader
{
    /// <summary>Local mode may create a key file on first start; a real deployment must bring its own.</summary>
    public static KeyRing Load(SecurityOptions options, bool createIfMissing)
    {
        if (!string.IsNullOrWhiteSpace(options.KeyRingJson))
            return KeyRing.FromJson(options.KeyRingJson, "Security:KeyRingJson");
        var path = Path.GetFullPath(options.KeyFile);
        if (File.Exists(path)) return KeyRing.FromJson(File.ReadAllText(path), path);
        if (!createIfMissing)
            throw new KeyRingException(
                $"the key file was not found at {path} (Security:KeyFile). If the key ring is elsewhere, set Security:KeyFile to it; " +
                $"to start afresh, create one with `dotnet run --project src/ItaBot -- keys init --out {path}` and back it up apart from " +
                "the database (the local demo's bot, started once without a command, also creates it).");
        var ring = KeyRing.Generate();
        Write(ring, path);
        return ring;
    }

    public static void Write(KeyRing ring, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        File.WriteAllText(temp, ring.ToJson());
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.Move(temp, path, overwrite: true);
    }
}
