using Microsoft.Extensions.Logging;

namespace ItaBot.Tests.Support;

/// <summary>One line a <see cref="CapturedLog"/> kept: who wrote it, its level, its text with the values filled in, and any exception logged with it.</summary>
internal sealed record CapturedLine(string Category, LogLevel Level, string Text, Exception? Error);
