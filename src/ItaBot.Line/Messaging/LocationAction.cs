namespace ItaBot.Line.Messaging;

/// <summary>Quick reply only.</summary>
public sealed class LocationAction(string? label) : LineAction(label);
