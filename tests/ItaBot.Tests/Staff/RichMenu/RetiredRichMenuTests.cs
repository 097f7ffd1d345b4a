using ItaBot.Staff.RichMenu;

namespace ItaBot.Tests.Staff.RichMenu;

/// <summary>The Settings value of a retired menu, as earlier versions wrote it and as failed deletions now leave it.</summary>
public sealed class RetiredRichMenuTests
{
    [Theory]
    [InlineData("handlers")]
    [InlineData("staff")]
    public void A_value_written_by_an_earlier_version_is_its_kind_with_no_failed_try_and_is_due_at_once(string value)
    {
        var retired = RetiredRichMenu.Parse(value);

        Assert.Equal(new RetiredRichMenu(value, 0, 0), retired);
        Assert.True(retired.IsDue(0));
        Assert.Equal(value, retired.Format());
    }

    [Fact]
    public void A_newly_retired_menu_is_written_as_earlier_versions_wrote_it()
    {
        Assert.Equal("staff", RetiredRichMenu.New(StaffRichMenuKind.Staff).Format());
    }

    [Fact]
    public void A_failed_try_is_counted_and_the_next_waits_for_the_backoff_after_being_read_back()
    {
        var failed = RetiredRichMenu.New(StaffRichMenuKind.Handlers).Failed(1_000, TimeSpan.FromSeconds(5))
            .Failed(7_000, TimeSpan.FromSeconds(10));

        var read = RetiredRichMenu.Parse(failed.Format());

        Assert.Equal("handlers 2 17000", failed.Format());
        Assert.Equal(new RetiredRichMenu("handlers", 2, 17_000), read);
        Assert.False(read.IsDue(16_999));
        Assert.True(read.IsDue(17_000));
    }
}
