namespace ItaBot.Reports;

/// <summary>A photo shown under its measure. ContentType must be image/png, image/jpeg or image/gif.</summary>
public sealed record EvidencePhoto(byte[] Bytes, string ContentType, string? Caption);
