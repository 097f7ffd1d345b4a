namespace ItaBot.Reports;

public sealed record FeedbackCategoryRow(string Category, int Received, int Answered, int Handled);
