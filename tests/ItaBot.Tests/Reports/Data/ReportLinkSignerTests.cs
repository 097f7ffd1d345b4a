using ItaBot.Security;
using ItaBot.Staff.ReportsDesk;

namespace ItaBot.Tests.Reports.Data;

public sealed class ReportLinkSignerTests
{
    private static readonly DateTimeOffset Now = new(2025, 6, 15, 3, 0, 0, TimeSpan.Zero);
    private static readonly ReportLink Link = new(new string('a', 32), "complaint-statistics-2568.docx", Now.AddMinutes(15).ToUnixTimeMilliseconds());

    private readonly ReportLinkSigner signer = new(KeyRing.Generate());

    [Fact]
    public void A_signed_link_is_valid_until_it_expires()
    {
        var token = signer.Sign(Link);
        Assert.Equal((ReportLinkStatus.Valid, Link), signer.Check(token, Now));
        Assert.Equal(ReportLinkStatus.Valid, signer.Check(token, Now.AddMinutes(14)).Status);
        Assert.Equal(ReportLinkStatus.Expired, signer.Check(token, Now.AddMinutes(15)).Status);
    }

    [Fact]
    public void Changing_any_character_of_the_token_makes_it_invalid()
    {
        var token = signer.Sign(Link);
        for (var i = 0; i < token.Length; i++)
        {
            var changed = token[..i] + (token[i] == 'A' ? 'B' : 'A') + token[(i + 1)..];
            Assert.Equal(ReportLinkStatus.Invalid, signer.Check(changed, Now).Status);
        }
    }

    [Fact]
    public void A_later_expiry_cannot_be_written_into_an_old_token()
    {
        var token = signer.Sign(Link);
        var forged = new ReportLinkSigner(KeyRing.Generate()).Sign(Link with { ExpiresAtMs = Link.ExpiresAtMs + 86_400_000 });
        var spliced = forged[..forged.IndexOf('.')] + token[token.IndexOf('.')..];
        Assert.Equal(ReportLinkStatus.Invalid, signer.Check(spliced, Now.AddHours(1)).Status);
        Assert.Equal(ReportLinkStatus.Invalid, signer.Check(forged, Now).Status);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("no-dot")]
    [InlineData(".")]
    [InlineData("abc.")]
    [InlineData("!!!.???")]
    public void Malformed_tokens_are_invalid(string? token) =>
        Assert.Equal(ReportLinkStatus.Invalid, signer.Check(token, Now).Status);

    [Fact]
    public void Only_plain_file_names_can_be_signed()
    {
        Assert.Throws<ArgumentException>(() => signer.Sign(Link with { FileName = "../keys/itabot-keys.json" }));
        Assert.Throws<ArgumentException>(() => signer.Sign(Link with { FileId = "../../etc" }));
    }
}
