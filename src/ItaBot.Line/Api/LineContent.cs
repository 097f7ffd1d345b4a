namespace ItaBot.Line.Api;

/// <summary>Bytes of a user's image, video, audio or file with the Content-Type LINE reported.</summary>
public sealed record LineContent(byte[] Bytes, string ContentType);
