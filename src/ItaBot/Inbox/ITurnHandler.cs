namespace ItaBot.Inbox;

public interface ITurnHandler
{
    Task HandleAsync(Turn turn, CancellationToken ct);

    /// <summary>The apology sent when an event could not be handled even after retries.</summary>
    void Apologise(Turn turn);
}
