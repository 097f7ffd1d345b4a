using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ItaBot.Security;

/// <summary>
/// Data keys for AES-256-GCM plus one index key for blind indexes. Lives in a file or a configuration value,
/// never in the database, so a stolen database file alone reveals nothing.
/// </summary>
public sealed class KeyRing
{
    private readonly Dictionary<ushort, byte[]> _keys;

    public KeyRing(IReadOnlyDictionary<ushort, byte[]> keys, ushort currentId, byte[] indexKey)
    {
        if (!keys.ContainsKey(currentId)) throw new KeyRingException($"current key {currentId} is not in the ring");
        if (keys.Values.Any(k => k.Length != 32) || indexKey.Length != 32)
            throw new KeyRingException("every key must be 32 bytes (256 bits)");
        _keys = keys.ToDictionary(k => k.Key, k => k.Value);
        CurrentId = currentId;
        IndexKey = indexKey;
    }

    public ushort CurrentId { get; }
    public byte[] IndexKey { get; }
    public byte[] Current => _keys[CurrentId];
    public IReadOnlyCollection<ushort> KeyIds => _keys.Keys;

    public bool TryGet(ushort id, out byte[] key) => _keys.TryGetValue(id, out key!);

    public static KeyRing Generate() =>
        new(new Dictionary<ushort, byte[]> { [1] = RandomNumberGenerator.GetBytes(32) }, 1, RandomNumberGenerator.GetBytes(32));

    /// <summary>A new data key becomes current; old ones stay so old rows still decrypt.</summary>
    public KeyRing Rotate()
    {
        var next = (ushort)(_keys.Keys.Max() + 1);
        var keys = new Dictionary<ushort, byte[]>(_keys) { [next] = RandomNumberGenerator.GetBytes(32) };
        return new KeyRing(keys, next, IndexKey);
    }

    public string ToJson() => JsonSerializer.Serialize(new KeyRingFile
    {
        Current = CurrentId,
        IndexKey = Convert.ToBase64String(IndexKey),
        Keys = _keys.OrderBy(k => k.Key).Select(k => new KeyRingFile.Entry { Id = k.Key, Key = Convert.ToBase64String(k.Value) }).ToList(),
    }, new JsonSerializerOptions { WriteIndented = true });

    public static KeyRing FromJson(string json, string origin)
    {
        KeyRingFile? file;
        try { file = JsonSerializer.Deserialize<KeyRingFile>(json); }
        catch (JsonException e) { throw new KeyRingException($"{origin}: not a key ring ({e.Message})"); }
        if (file?.Keys is null || file.Keys.Count == 0 || string.IsNullOrEmpty(file.IndexKey))
            throw new KeyRingException($"{origin}: the key ring needs 'keys', 'current' and 'indexKey'");
        try
        {
            var keys = file.Keys.ToDictionary(k => k.Id, k => Convert.FromBase64String(k.Key));
            return new KeyRing(keys, file.Current, Convert.FromBase64String(file.IndexKey));
        }
        catch (FormatException) { throw new KeyRingException($"{origin}: a key is not Base64"); }
        catch (KeyRingException e) { throw new KeyRingException($"{origin}: {e.Message}"); }
    }

    private sealed class KeyRingFile
    {
        [JsonPropertyName("current")] public ushort Current { get; set; }
        [JsonPropertyName("indexKey")] public string IndexKey { get; set; } = "";
        [JsonPropertyName("keys")] public List<Entry> Keys { get; set; } = [];

        public sealed class Entry
        {
            [JsonPropertyName("id")] public ushort Id { get; set; }
            [JsonPropertyName("key")] public string Key { get; set; } = "";
        }
    }
}
