using ItaBot.Configuration;
using ItaBot.Security;

namespace ItaBot.Tests.Core;

public sealed class KeyRingTests
{
    private const string Origin = "/etc/itabot/itabot-keys.json";

    [Fact]
    public void A_ring_written_as_json_reads_back_with_the_same_keys()
    {
        var ring = KeyRing.Generate().Rotate();

        var loaded = KeyRing.FromJson(ring.ToJson(), Origin);

        Assert.Equal(ring.CurrentId, loaded.CurrentId);
        Assert.Equal(ring.IndexKey, loaded.IndexKey);
        Assert.Equal(ring.KeyIds.Order(), loaded.KeyIds.Order());
        Assert.Equal(ring.Current, loaded.Current);
    }

    [Fact]
    public void Rotation_adds_a_key_keeps_the_old_ones_and_keeps_the_index_key()
    {
        var ring = KeyRing.Generate();

        var rotated = ring.Rotate();

        Assert.Equal(2, rotated.KeyIds.Count);
        Assert.True(rotated.TryGet(ring.CurrentId, out var old));
        Assert.Equal(ring.Current, old);
        Assert.Equal(ring.IndexKey, rotated.IndexKey);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{}")]
    [InlineData("{\"current\":1,\"indexKey\":\"\",\"keys\":[]}")]
    [InlineData("{\"current\":1,\"indexKey\":\"AAAA\",\"keys\":[{\"id\":1,\"key\":\"***\"}]}")]
    [InlineData("{\"current\":2,\"indexKey\":\"AAAA\",\"keys\":[{\"id\":1,\"key\":\"AAAA\"}]}")]
    [InlineData("{\"current\":1,\"indexKey\":\"AAAA\",\"keys\":[{\"id\":1,\"key\":\"AAAA\"}]}")]
    public void Every_problem_in_a_key_file_names_the_file(string json)
    {
        var error = Assert.Throws<KeyRingException>(() => KeyRing.FromJson(json, Origin));

        Assert.StartsWith(Origin + ":", error.Message);
    }

    [Fact]
    public void A_key_of_the_wrong_length_is_refused()
    {
        var shortKey = Convert.ToBase64String(new byte[16]);
        var index = Convert.ToBase64String(new byte[32]);
        var json = $"{{\"current\":1,\"indexKey\":\"{index}\",\"keys\":[{{\"id\":1,\"key\":\"{shortKey}\"}}]}}";

        var error = Assert.Throws<KeyRingException>(() => KeyRing.FromJson(json, Origin));

        Assert.Contains("32 bytes", error.Message);
    }

    [Fact]
    public void A_missing_key_file_outside_local_mode_fails_with_the_path_and_the_command_to_create_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "itabot-missing-" + Guid.NewGuid().ToString("N"), "keys.json");

        var error = Assert.Throws<KeyRingException>(() => KeyRingLoader.Load(new SecurityOptions { KeyFile = path }, createIfMissing: false));

        Assert.Contains(path, error.Message);
        Assert.Contains("keys init", error.Message);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_written_key_file_loads_and_is_readable_only_by_its_owner()
    {
        var directory = Path.Combine(Path.GetTempPath(), "itabot-keys-" + Guid.NewGuid().ToString("N"));
        var path = Path.Combine(directory, "keys.json");
        try
        {
            var ring = KeyRing.Generate();
            KeyRingLoader.Write(ring, path);

            var loaded = KeyRingLoader.Load(new SecurityOptions { KeyFile = path }, createIfMissing: false);

            Assert.Equal(ring.Current, loaded.Current);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
