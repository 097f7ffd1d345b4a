namespace ItaBot.Reports;

/// <summary>One satisfaction rating (1-5) and the Bangkok day it was given; nothing about who gave it.</summary>
public readonly record struct DatedRating(DateOnly Day, int Score);
