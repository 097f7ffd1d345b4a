using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace ItaBot.Security;

/// <summary>
/// AES-256-GCM for columns and files. Layout: version(1) keyId(2) nonce(12) tag(16) ciphertext.
/// The purpose is bound as associated data, so a value copied into another column does not decrypt.
/// </summary>
public sealed class FieldCipher(KeyRing ring)
{
    private const byte Version = 1;
    private const int Header = 1 + 2 + 12 + 16;

    // Setting up a cipher context costs more than sealing a short value; AesGcm is not thread-safe, so one per thread.
    private readonly ThreadLocal<Dictionary<ushort, AesGcm>> _ciphers = new(() => []);

    public byte[] Encrypt(ReadOnlySpan<byte> plain, string purpose)
    {
        var output = new byte[Header + plain.Length];
        output[0] = Version;
        BinaryPrimitives.WriteUInt16BigEndian(output.AsSpan(1, 2), ring.CurrentId);
        var nonce = output.AsSpan(3, 12);
        RandomNumberGenerator.Fill(nonce);
        Cipher(ring.CurrentId, ring.Current).Encrypt(nonce, plain, output.AsSpan(Header), output.AsSpan(15, 16), Encoding.UTF8.GetBytes(purpose));
        return output;
    }

    /// <summary>
    /// Seals a large file without a second copy of it: <paramref name="data"/> becomes the ciphertext, and the returned
    /// header written before it gives the same layout <see cref="Decrypt"/> reads.
    /// </summary>
    public byte[] SealInPlace(Span<byte> data, string purpose)
    {
        var header = new byte[Header];
        header[0] = Version;
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(1, 2), ring.CurrentId);
        var nonce = header.AsSpan(3, 12);
        RandomNumberGenerator.Fill(nonce);
        Cipher(ring.CurrentId, ring.Current).Encrypt(nonce, data, data, header.AsSpan(15, 16), Encoding.UTF8.GetBytes(purpose));
        return header;
    }

    public byte[] Decrypt(ReadOnlySpan<byte> sealedBytes, string purpose)
    {
        if (sealedBytes.Length < Header || sealedBytes[0] != Version)
            throw new CryptographicException("not an ItaBot ciphertext");
        var keyId = BinaryPrimitives.ReadUInt16BigEndian(sealedBytes.Slice(1, 2));
        if (!ring.TryGet(keyId, out var key))
            throw new CryptographicException($"key {keyId} is missing from the key ring");
        var plain = new byte[sealedBytes.Length - Header];
        Cipher(keyId, key).Decrypt(sealedBytes.Slice(3, 12), sealedBytes[Header..], sealedBytes.Slice(15, 16), plain, Encoding.UTF8.GetBytes(purpose));
        return plain;
    }

    private AesGcm Cipher(ushort keyId, byte[] key)
    {
        var ciphers = _ciphers.Value!;
        if (!ciphers.TryGetValue(keyId, out var aes)) ciphers[keyId] = aes = new AesGcm(key, 16);
        return aes;
    }

    public byte[] EncryptText(string text, string purpose) => Encrypt(Encoding.UTF8.GetBytes(text), purpose);

    public string DecryptText(byte[] sealedBytes, string purpose) => Encoding.UTF8.GetString(Decrypt(sealedBytes, purpose));

    public byte[]? EncryptOptional(string? text, string purpose) => text is null ? null : EncryptText(text, purpose);

    public string? DecryptOptional(byte[]? sealedBytes, string purpose) => sealedBytes is null ? null : DecryptText(sealedBytes, purpose);

    public static ushort KeyIdOf(ReadOnlySpan<byte> sealedBytes) => BinaryPrimitives.ReadUInt16BigEndian(sealedBytes.Slice(1, 2));
}
