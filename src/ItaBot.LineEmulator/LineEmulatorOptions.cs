using System.Security.Cryptography;

namespace ItaBot.LineEmulator;

/// <summary>How a <see cref="LineEmulatorServer"/> is started. Secrets are random per start unless given.</summary>
public sealed record LineEmulatorOptions
{
    public int Port { get; init; }

    public string ChannelSecret { get; init; } = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public string ChannelAccessToken { get; init; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    public Uri? WebhookUrl { get; init; }

    public TimeSpan ReplyTokenLifetime { get; init; } = TimeSpan.FromMinutes(1);

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public bool LogToConsole { get; init; }
}
