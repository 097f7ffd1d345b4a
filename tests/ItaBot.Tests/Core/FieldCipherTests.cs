using System.Security.Cryptography;
using System.Text;
using ItaBot.Security;

namespace ItaBot.Tests.Core;

public sealed class FieldCipherTests
{
    private const string Purpose = "complaint.content";
    private const string Secret = "นายสมชาย เรียกเงินสามพันบาท";

    [Fact]
    public void Text_encrypted_for_a_purpose_decrypts_to_the_same_text()
    {
        var cipher = new FieldCipher(KeyRing.Generate());

        var sealedBytes = cipher.EncryptText(Secret, Purpose);

        Assert.Equal(Secret, cipher.DecryptText(sealedBytes, Purpose));
    }

    [Fact]
    public void A_file_sealed_in_place_behind_its_header_decrypts_to_the_same_bytes()
    {
        var cipher = new FieldCipher(KeyRing.Generate());
        var original = RandomNumberGenerator.GetBytes(100_000);
        var data = original.ToArray();

        var header = cipher.SealInPlace(data, Purpose);

        Assert.NotEqual(original, data);
        Assert.Equal(original, cipher.Decrypt([.. header, .. data], Purpose));
    }

    [Fact]
    public void The_ciphertext_does_not_contain_the_plain_text()
    {
        var sealedBytes = new FieldCipher(KeyRing.Generate()).EncryptText(Secret, Purpose);

        Assert.DoesNotContain(Secret, Encoding.UTF8.GetString(sealedBytes));
    }

    [Fact]
    public void The_same_text_encrypts_differently_each_time()
    {
        var cipher = new FieldCipher(KeyRing.Generate());

        Assert.NotEqual(cipher.EncryptText(Secret, Purpose), cipher.EncryptText(Secret, Purpose));
    }

    [Fact]
    public void A_value_copied_into_a_column_of_another_purpose_does_not_decrypt()
    {
        var cipher = new FieldCipher(KeyRing.Generate());
        var sealedBytes = cipher.EncryptText(Secret, Purpose);

        Assert.ThrowsAny<CryptographicException>(() => cipher.DecryptText(sealedBytes, "feedback.text"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    [InlineData(20)]
    [InlineData(40)]
    public void Changing_any_byte_makes_decryption_fail(int position)
    {
        var cipher = new FieldCipher(KeyRing.Generate());
        var sealedBytes = cipher.EncryptText(Secret, Purpose);
        var index = Math.Min(position, sealedBytes.Length - 1);

        sealedBytes[index] ^= 0x01;

        Assert.ThrowsAny<CryptographicException>(() => cipher.DecryptText(sealedBytes, Purpose));
    }

    [Fact]
    public void A_truncated_value_is_refused_as_not_a_ciphertext()
    {
        var cipher = new FieldCipher(KeyRing.Generate());

        Assert.ThrowsAny<CryptographicException>(() => cipher.Decrypt(new byte[10], Purpose));
    }

    [Fact]
    public void Another_key_ring_cannot_read_the_data()
    {
        var sealedBytes = new FieldCipher(KeyRing.Generate()).EncryptText(Secret, Purpose);

        Assert.ThrowsAny<CryptographicException>(() => new FieldCipher(KeyRing.Generate()).DecryptText(sealedBytes, Purpose));
    }

    [Fact]
    public void After_rotation_old_data_still_decrypts_and_new_data_uses_the_new_key()
    {
        var ring = KeyRing.Generate();
        var old = new FieldCipher(ring).EncryptText(Secret, Purpose);
        var rotated = ring.Rotate();
        var cipher = new FieldCipher(rotated);

        var fresh = cipher.EncryptText(Secret, Purpose);

        Assert.Equal(Secret, cipher.DecryptText(old, Purpose));
        Assert.Equal(Secret, cipher.DecryptText(fresh, Purpose));
        Assert.Equal(ring.CurrentId, FieldCipher.KeyIdOf(old));
        Assert.Equal(rotated.CurrentId, FieldCipher.KeyIdOf(fresh));
        Assert.NotEqual(ring.CurrentId, rotated.CurrentId);
    }

    [Fact]
    public void A_rotated_ring_saved_and_loaded_again_still_reads_data_of_every_key()
    {
        var ring = KeyRing.Generate();
        var first = new FieldCipher(ring).EncryptText("one", Purpose);
        var rotated = ring.Rotate();
        var second = new FieldCipher(rotated).EncryptText("two", Purpose);

        var loaded = new FieldCipher(KeyRing.FromJson(rotated.Rotate().ToJson(), "test"));

        Assert.Equal("one", loaded.DecryptText(first, Purpose));
        Assert.Equal("two", loaded.DecryptText(second, Purpose));
    }

    [Fact]
    public void Data_of_a_key_missing_from_the_ring_names_the_missing_key()
    {
        var rotated = KeyRing.Generate().Rotate();
        var sealedBytes = new FieldCipher(rotated).EncryptText(Secret, Purpose);
        var withoutNewKey = new KeyRing(new Dictionary<ushort, byte[]> { [1] = RandomNumberGenerator.GetBytes(32) }, 1, rotated.IndexKey);

        var error = Assert.ThrowsAny<CryptographicException>(() => new FieldCipher(withoutNewKey).DecryptText(sealedBytes, Purpose));

        Assert.Contains($"key {rotated.CurrentId}", error.Message);
    }

    [Fact]
    public void Optional_values_stay_null()
    {
        var cipher = new FieldCipher(KeyRing.Generate());

        Assert.Null(cipher.EncryptOptional(null, Purpose));
        Assert.Null(cipher.DecryptOptional(null, Purpose));
    }

    [Fact]
    public void Binary_files_round_trip_byte_for_byte()
    {
        var cipher = new FieldCipher(KeyRing.Generate());
        var bytes = RandomNumberGenerator.GetBytes(4096);

        Assert.Equal(bytes, cipher.Decrypt(cipher.Encrypt(bytes, "evidence.file"), "evidence.file"));
    }
}
