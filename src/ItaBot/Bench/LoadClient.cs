using System.Diagnostics;
using System.Net.Http.Headers;

namespace ItaBot.Bench;

/// <summary>Fires prepared signed bodies at one URL from a fixed number of connections and times each answer.</summary>
public sealed class LoadClient(int connections)
{
    public sealed record Result(int Ok, int Failed, TimeSpan Elapsed, LatencyRecorder Latency)
    {
        public double PerSecond => Ok / Elapsed.TotalSeconds;

        /// <summary>Several runs as one: their answers over their summed time, and every latency.</summary>
        public static Result Sum(IReadOnlyCollection<Result> runs)
        {
            var latency = new LatencyRecorder();
            foreach (var r in runs) latency.AddAll(r.Latency);
            return new Result(runs.Sum(r => r.Ok), runs.Sum(r => r.Failed), TimeSpan.FromTicks(runs.Sum(r => r.Elapsed.Ticks)), latency);
        }
    }

    public async Task<Result> RunAsync(Uri url, IReadOnlyList<(byte[] Body, string Signature)> bodies, CancellationToken ct)
    {
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        }) { Timeout = TimeSpan.FromSeconds(30) };
        var latency = new LatencyRecorder();
        var next = -1;
        var ok = 0;
        var failed = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, connections).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < bodies.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new ByteArrayContent(bodies[i].Body);
                content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
                request.Headers.TryAddWithoutValidation("x-line-signature", bodies[i].Signature);
                try
                {
                    using var response = await http.SendAsync(request, ct);
                    if (response.IsSuccessStatusCode) Interlocked.Increment(ref ok);
                    else Interlocked.Increment(ref failed);
                }
                catch (HttpRequestException) { Interlocked.Increment(ref failed); }
                latency.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        await Task.WhenAll(workers);
        return new Result(ok, failed, clock.Elapsed, latency);
    }
}
