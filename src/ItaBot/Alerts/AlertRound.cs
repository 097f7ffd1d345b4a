namespace ItaBot.Alerts;

/// <summary>What one scheduler round raised: cases and activities newly alerted, admins sent the digest (-1: none due).</summary>
public sealed record AlertRound(int Cases, int Activities, int DigestRecipients);
