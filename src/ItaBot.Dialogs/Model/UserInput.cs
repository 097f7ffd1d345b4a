namespace ItaBot.Dialogs;

public abstract record UserInput;

public sealed record TextInput(string Text, string? MessageId) : UserInput;

public sealed record PostbackInput(string Data, IReadOnlyDictionary<string, string>? Params) : UserInput;

/// <summary>Kind is image, video, audio or file; SetIndex/SetTotal come from LINE's imageSet.</summary>
public sealed record MediaInput(string Kind, string MessageId, string? FileName, int? SetIndex, int? SetTotal) : UserInput;

public sealed record LocationInput(double Latitude, double Longitude, string? Title, string? Address, string? MessageId) : UserInput;

public sealed record StickerInput : UserInput;
