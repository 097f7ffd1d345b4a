namespace ItaBot.Complaints;

/// <summary>What a piece of work in <see cref="DownloadLanes{TKey, TResult}"/> handed back: a result, or the exception that ended it.</summary>
public sealed record LaneResult<TKey, TResult>(TKey Key, TResult? Result, Exception? Error);
