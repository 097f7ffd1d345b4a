namespace ItaBot.Line.Tests;

/// <summary>
/// A body of <paramref name="length"/> bytes that cannot tell its length up front (so no Content-Length), counts what
/// is read from it, and can wait before each read like a slow link.
/// </summary>
internal sealed class CountingBody(long length, TimeSpan delayPerRead = default) : Stream
{
    public long BytesRead { get; private set; }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (delayPerRead > TimeSpan.Zero) await Task.Delay(delayPerRead, cancellationToken);
        var count = (int)Math.Min(buffer.Length, length - BytesRead);
        buffer.Span[..count].Fill((byte)'x');
        BytesRead += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
