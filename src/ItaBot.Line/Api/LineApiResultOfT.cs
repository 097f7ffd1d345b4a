namespace ItaBot.Line.Api;

public sealed class LineApiResult<T> : LineApiResult
{
    public T? Value { get; init; }
}
