namespace ItaBot.Dialogs;

public sealed record SlotValue(string Value, string Display, string? SourceMessageId = null, IReadOnlyList<EvidenceItem>? Items = null);

/// <summary>Kind is image, video, audio, file or location.</summary>
public sealed record EvidenceItem(string Kind, string? MessageId, string? FileName, double? Latitude, double? Longitude, string? Address);
