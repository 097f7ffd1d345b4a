namespace ItaBot.Line.Messaging;

/// <summary>Quick reply only.</summary>
public sealed class CameraRollAction(string? label) : LineAction(label);
