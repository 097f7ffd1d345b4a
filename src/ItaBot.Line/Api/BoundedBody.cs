namespace ItaBot.Line.Api;

/// <summary>
/// Reads a response body only while it stays within a limit, so a huge file never reaches memory. At most
/// limit + 1 bytes are read: the one byte past the limit proves the body is too large without reading the rest.
/// </summary>
internal static class BoundedBody
{
    private const int ChunkSize = 81_920;

    /// <returns>The body, or null when it is larger than <paramref name="limit"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpContent content, long limit, CancellationToken ct)
    {
        var declared = content.Headers.ContentLength;
        if (declared > limit) return null;
        await using var stream = await content.ReadAsStreamAsync(ct);
        return declared is { } length ? await ReadExactlyAsync(stream, length, ct) : await ReadUpToAsync(stream, limit, ct);
    }

    // The declared length sizes the one buffer, so the body is held once and never regrown.
    private static async Task<byte[]> ReadExactlyAsync(Stream stream, long length, CancellationToken ct)
    {
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, ct);
        return body;
    }

    private static async Task<byte[]?> ReadUpToAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var body = new MemoryStream();
        var chunk = new byte[ChunkSize];
        while (true)
        {
            var wanted = (int)Math.Min(chunk.Length, limit + 1 - body.Length);
            var read = await stream.ReadAsync(chunk.AsMemory(0, wanted), ct);
            if (read == 0) return body.ToArray();
            body.Write(chunk, 0, read);
            if (body.Length > limit) return null;
        }
    }
}
