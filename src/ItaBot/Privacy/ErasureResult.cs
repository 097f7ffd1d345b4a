namespace ItaBot.Privacy;

/// <summary>What an erasure request did, and what it had to keep with the reason (shown to the operator).</summary>
public sealed record ErasureResult(IReadOnlyList<string> Erased, IReadOnlyList<string> Kept)
{
    public bool Complete => Kept.Count == 0;
}
