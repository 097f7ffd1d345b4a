namespace ItaBot.Line.Messaging;

/// <summary>Quick reply only.</summary>
public sealed class CameraAction(string? label) : LineAction(label);
