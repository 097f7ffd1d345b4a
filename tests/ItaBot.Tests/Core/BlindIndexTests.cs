using ItaBot.Security;

namespace ItaBot.Tests.Core;

public sealed class BlindIndexTests
{
    private const string UserId = "U4af4980629c9d9f7e8e6e3b1c4d0a9f2";

    [Fact]
    public void The_same_value_always_gives_the_same_hash_even_after_the_ring_is_reloaded()
    {
        var ring = KeyRing.Generate();
        var reloaded = KeyRing.FromJson(ring.ToJson(), "test");

        Assert.Equal(new BlindIndex(ring).User(UserId), new BlindIndex(reloaded).User(UserId));
    }

    [Fact]
    public void Rotating_the_data_keys_does_not_change_the_hashes()
    {
        var ring = KeyRing.Generate();

        Assert.Equal(new BlindIndex(ring).Receipt("ABCD-EFGH-JKLM-NPQR"), new BlindIndex(ring.Rotate()).Receipt("ABCD-EFGH-JKLM-NPQR"));
    }

    [Fact]
    public void Each_purpose_gives_a_different_hash_for_the_same_value()
    {
        var index = new BlindIndex(KeyRing.Generate());

        var hashes = new[] { index.User(UserId), index.Chat(UserId), index.Receipt(UserId), index.Enrollment(UserId), index.Of("other", UserId) };

        Assert.Equal(hashes.Length, hashes.Distinct().Count());
    }

    [Fact]
    public void Another_index_key_gives_other_hashes()
    {
        Assert.NotEqual(new BlindIndex(KeyRing.Generate()).User(UserId), new BlindIndex(KeyRing.Generate()).User(UserId));
    }

    [Fact]
    public void A_hash_is_forty_lower_case_hex_digits_and_does_not_contain_the_value()
    {
        var hash = new BlindIndex(KeyRing.Generate()).User(UserId);

        Assert.Matches("^[0-9a-f]{40}$", hash);
        Assert.DoesNotContain(UserId, hash, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Different_values_give_different_hashes()
    {
        var index = new BlindIndex(KeyRing.Generate());

        Assert.NotEqual(index.User(UserId), index.User(UserId + "0"));
    }

    [Fact]
    public void Hashes_stay_the_keyed_sha256_stored_databases_were_indexed_with_even_when_many_threads_hash_at_once()
    {
        var ring = KeyRing.Generate();
        var index = new BlindIndex(ring);
        var values = Enumerable.Range(0, 2_000).Select(i => UserId + i).ToArray();

        var hashes = new string[values.Length];
        Parallel.For(0, values.Length, i => hashes[i] = index.User(values[i]));

        for (var i = 0; i < values.Length; i++)
        {
            var expected = System.Security.Cryptography.HMACSHA256.HashData(ring.IndexKey, System.Text.Encoding.UTF8.GetBytes("user\n" + values[i]));
            Assert.Equal(Convert.ToHexStringLower(expected)[..40], hashes[i]);
        }
    }
}
