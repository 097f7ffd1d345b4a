using ItaBot.Tracking;

namespace ItaBot.Tests.Core;

public sealed class TextPagesTests
{
    [Fact]
    public void Entries_that_fit_share_one_page_joined_by_new_lines()
    {
        Assert.Equal(["a\nbb\nccc"], TextPages.Pack(["a", "bb", "ccc"], 20));
    }

    [Fact]
    public void An_entry_that_would_go_over_the_limit_starts_the_next_page_whole()
    {
        var pages = TextPages.Pack(["aaaa", "bbbb", "cccc"], 9);

        Assert.Equal(["aaaa\nbbbb", "cccc"], pages);
        Assert.All(pages, p => Assert.True(p.Length <= 9));
    }

    [Fact]
    public void An_entry_longer_than_a_page_is_clipped_to_it()
    {
        var pages = TextPages.Pack(["x", new string('y', 12)], 10);

        Assert.Equal(["x", new string('y', 9) + "…"], pages);
    }

    [Fact]
    public void Nothing_packs_to_no_page()
    {
        Assert.Empty(TextPages.Pack([], 10));
    }
}
