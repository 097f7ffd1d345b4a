namespace ItaBot.Webhook;

/// <summary>Set once start-up checks pass and the workers run; /healthz reports it.</summary>
public sealed class HealthState
{
    public volatile bool Ready;
}
