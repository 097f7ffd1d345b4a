using System.Globalization;

namespace ItaBot.Staff.RichMenu;

/// <summary>
/// The Settings value of a retired menu (<see cref="StaffRichMenu.RetiredKeyPrefix"/> + its id): its kind, and how
/// many deletions LINE failed in a way worth retrying and when to try the next, so that a restart carries on with
/// the backoff, and the limit, instead of starting them over. Written "kind" while nothing failed (as earlier
/// versions always wrote it), "kind attempts nextAttemptAtMs" after a failure.
/// </summary>
public sealed record RetiredRichMenu(string KindName, int Attempts, long NextAttemptAt)
{
    public static RetiredRichMenu New(StaffRichMenuKind kind) => new(kind.Name, 0, 0);

    public static RetiredRichMenu Parse(string value)
    {
        var parts = value.Split(' ');
        return parts.Length == 3
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var attempts)
               && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var next)
            ? new RetiredRichMenu(parts[0], attempts, next)
            : new RetiredRichMenu(value, 0, 0);
    }

    public string Format() => Attempts == 0
        ? KindName
        : string.Create(CultureInfo.InvariantCulture, $"{KindName} {Attempts} {NextAttemptAt}");

    public bool IsDue(long now) => NextAttemptAt <= now;

    /// <summary>After one more retryable failure: the next try <paramref name="backoff"/> from now.</summary>
    public RetiredRichMenu Failed(long now, TimeSpan backoff) =>
        this with { Attempts = Attempts + 1, NextAttemptAt = now + (long)backoff.TotalMilliseconds };
}
