using System.Security.Cryptography;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ItaBot.LineEmulator;
using ItaBot.Tests.Support;

namespace ItaBot.Tests.EndToEnd;

/// <summary>
/// A person in LINE who only taps the buttons the bot offers (or types where the bot asks for text). Every step
/// waits until the bot has fully answered, so the next tap sees the buttons of the latest answer.
/// </summary>
public sealed partial class Citizen(TestBot bot, string userId)
{
    public string UserId { get; } = userId;

    public IReadOnlyList<DeliveredMessage> Seen => bot.Line.MessagesTo(UserId);

    public static async Task<Citizen> AddAsync(TestBot bot, string? name = null)
    {
        var citizen = new Citizen(bot, bot.Line.AddUser(name));
        var before = citizen.Seen.Count;
        await bot.Line.SendFollowAsync(citizen.UserId);
        await citizen.SettledAfterAsync(before);
        return citizen;
    }

    public Task<IReadOnlyList<DeliveredMessage>> TapAsync(string label) =>
        AnswerOfAsync(() => bot.TapAsync(UserId, label));

    public Task<IReadOnlyList<DeliveredMessage>> SayAsync(string text) =>
        AnswerOfAsync(() => bot.SayAsync(UserId, text));

    public Task<IReadOnlyList<DeliveredMessage>> SendLocationAsync(double lat, double lon, string title) =>
        AnswerOfAsync(() => bot.Line.SendLocationAsync(UserId, lat, lon, title, "ต.ในเมือง อ.เมือง"));

    /// <summary>Sends photos as one LINE image set, as the camera roll does for several pictures at once.</summary>
    public async Task<IReadOnlyList<DeliveredMessage>> SendPhotoSetAsync(params byte[][] photos)
    {
        var before = Seen.Count;
        var setId = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        for (var i = 0; i < photos.Length; i++)
            await bot.Line.SendImageAsync(UserId, photos[i], setIndex: i + 1, setTotal: photos.Length, setId: setId);
        return await SettledAfterAsync(before);
    }

    /// <summary>Sends one photo; returns LINE's message id of it, and the bot's answer.</summary>
    public async Task<(string MessageId, IReadOnlyList<DeliveredMessage> Answer)> SendPhotoAsync(byte[] photo)
    {
        var before = Seen.Count;
        var delivery = await bot.Line.SendImageAsync(UserId, photo);
        var id = JsonNode.Parse(delivery.Body)!["events"]![0]!["message"]!["id"]!.GetValue<string>();
        return (id, await SettledAfterAsync(before));
    }

    /// <summary>The person unsends a message: LINE sends an unsend event, the bot answers nothing.</summary>
    public async Task UnsendAsync(string messageId)
    {
        await bot.Line.SendUnsendAsync(UserId, messageId);
        await bot.SettledAsync();
    }

    public IReadOnlyList<string> LastButtons => Seen.Count == 0 ? [] : Seen[^1].Buttons.Select(b => b.Label).ToList();

    private async Task<IReadOnlyList<DeliveredMessage>> AnswerOfAsync(Func<Task> act)
    {
        var before = Seen.Count;
        await act();
        return await SettledAfterAsync(before);
    }

    private async Task<IReadOnlyList<DeliveredMessage>> SettledAfterAsync(int before)
    {
        await bot.Line.WaitForMessagesAsync(UserId, before + 1, TimeSpan.FromSeconds(15));
        await bot.SettledAsync();
        return Seen.Skip(before).ToList();
    }

    public static string AllText(IEnumerable<DeliveredMessage> messages) => string.Join("\n", messages.Select(m => m.Text));

    public static string CaseNumberIn(IEnumerable<DeliveredMessage> messages) =>
        CaseNumber().Match(AllText(messages)) is { Success: true } m ? m.Value : throw new InvalidOperationException("no case number in: " + AllText(messages));

    public static string ReceiptCodeIn(IEnumerable<DeliveredMessage> messages) =>
        ReceiptCode().Match(AllText(messages)) is { Success: true } m ? m.Value : throw new InvalidOperationException("no receipt code in: " + AllText(messages));

    /// <summary>A small PNG-signed blob that differs on every call, so stored evidence can be told apart.</summary>
    public static byte[] Photo() => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. RandomNumberGenerator.GetBytes(256)];

    [GeneratedRegex(@"ทจ-\d{4}-\d{4,}")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\b[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}\b")]
    private static partial Regex ReceiptCode();
}
