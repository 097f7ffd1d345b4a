namespace ItaBot.Complaints;

/// <summary>The stages of seed 002's มาตรการที่ ๕, and which may follow which.</summary>
public static class ComplaintStage
{
    public const string Received = "received";
    public const string Review = "review";
    public const string Dismissed = "dismissed";
    public const string Investigating = "investigating";
    public const string Forwarded = "forwarded";
    public const string Concluded = "concluded";
    public const string Notified = "notified";
    public const string Closed = "closed";

    public static readonly IReadOnlyList<string> All =
        [Received, Review, Dismissed, Investigating, Forwarded, Concluded, Notified, Closed];

    private static readonly Dictionary<string, string[]> Next = new()
    {
        [Received] = [Review],
        [Review] = [Dismissed, Investigating, Forwarded],
        [Investigating] = [Concluded],
        [Dismissed] = [Notified],
        [Forwarded] = [Notified],
        [Concluded] = [Notified],
        [Notified] = [Closed],
        [Closed] = [],
    };

    public static IReadOnlyList<string> Allowed(string from) => Next.TryGetValue(from, out var to) ? to : [];

    public static bool CanMove(string from, string to) => Allowed(from).Contains(to);

    /// <summary>The supervisor's decision among the review's outcomes.</summary>
    public static bool IsDecision(string stage) => stage is Dismissed or Investigating or Forwarded;

    /// <summary>A result exists once the matter is dismissed, forwarded or investigated to the end.</summary>
    public static bool HasResult(string stage) => stage is Dismissed or Forwarded or Concluded;

    public static bool IsOpen(string stage) => stage != Closed;
}
