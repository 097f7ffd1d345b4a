namespace ItaBot.Line.Api;

/// <summary>Personal data: do not log it.</summary>
public sealed record UserProfile(string DisplayName, string UserId, string? PictureUrl, string? StatusMessage, string? Language);
