using ItaBot.Complaints;

namespace ItaBot.Tests.Core;

public sealed class ReceiptCodeTests
{
    private const string Shape = "^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$";

    [Fact]
    public void A_new_code_is_sixteen_symbols_in_four_groups_of_four()
    {
        for (var i = 0; i < 200; i++) Assert.Matches(Shape, ReceiptCode.New());
    }

    [Fact]
    public void The_alphabet_has_32_symbols_without_the_look_alikes_I_O_0_and_1()
    {
        Assert.Equal(32, ReceiptCode.Alphabet.Distinct().Count());
        Assert.Equal(32, ReceiptCode.Alphabet.Length);
        foreach (var lookAlike in "IO01") Assert.DoesNotContain(lookAlike, ReceiptCode.Alphabet);
    }

    [Fact]
    public void A_code_carries_at_least_60_bits()
    {
        var bits = ReceiptCode.Length * Math.Log2(ReceiptCode.Alphabet.Length);

        Assert.True(bits >= 60, $"{bits} bits");
    }

    [Fact]
    public void New_codes_use_the_whole_alphabet_and_do_not_repeat()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => ReceiptCode.New()).ToList();

        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.Equal(ReceiptCode.Alphabet.Order(), codes.SelectMany(c => c.Replace("-", "")).Distinct().Order());
    }

    [Theory]
    [InlineData("k7qf-9mzt-2wxa-h4pd")]
    [InlineData("K7QF 9MZT 2WXA H4PD")]
    [InlineData("K7QF9MZT2WXAH4PD")]
    [InlineData("  k7qf-9MZT 2wxa-H4PD ")]
    [InlineData("K7Q-F9M-ZT2-WXA-H4P-D")]
    public void Lower_case_spaces_and_dashes_are_accepted(string typed)
    {
        Assert.Equal("K7QF-9MZT-2WXA-H4PD", ReceiptCode.Normalise(typed));
    }

    [Theory]
    [InlineData("K7QF-9MZT-2WXA-H4P")]
    [InlineData("K7QF-9MZT-2WXA-H4PDX")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("K7QF-9MZT-2WXA-H4P0")]
    [InlineData("K7QF-9MZT-2WXA-H4P1")]
    [InlineData("K7QF-9MZT-2WXA-H4PI")]
    [InlineData("K7QF-9MZT-2WXA-H4PO")]
    [InlineData("K7QF-9MZT-2WXA-H4P?")]
    [InlineData("รหัส-9MZT-2WXA-H4PD")]
    public void Wrong_lengths_and_letters_outside_the_alphabet_are_refused(string? typed)
    {
        Assert.Null(ReceiptCode.Normalise(typed));
    }

    [Fact]
    public void A_new_code_normalises_to_itself()
    {
        var code = ReceiptCode.New();

        Assert.Equal(code, ReceiptCode.Normalise(code.ToLowerInvariant()));
    }
}
