namespace ItaBot.Dialogs;

public abstract record UserInput;

public sealed record TextInput(string Text, string? MessageId) : UserInput;

public sealed record PostbackInput(string Data, IReadOnlyDictionary<string, string>? Params) : UserInput;

/// <summary>
/// Kind is image, video, audio or file; SetIndex/SetTotal come from LINE's imageSet. FileSize is LINE's fileSize,
/// which only file messages carry.
/// </summary>
public sealed record MediaInput(string Kind, string MessageId, string? FileName, int? SetIndex, int? SetTotal, long? FileSize = null) : UserInput;

public sealed record LocationInput(double Latitude, double Longitude, string? Title, string? Address, string? MessageId) : UserInput;

public sealed record StickerInput : UserInput;
