namespace ItaBot.Reports.Data;

/// <summary>The columns of a feedback entry that statistics need: never its text, contact or sender. Its rating is read apart (DatedRatings).</summary>
internal sealed record FeedbackFacts(string Category, string Status, long ReceivedAt, long? AnsweredAt, long? HandledAt);
