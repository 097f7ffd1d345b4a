namespace ItaBot.LineEmulator;

/// <summary>Decides which Messaging API calls fail and how. Queued faults win over random ones.</summary>
public sealed class FaultPlan
{
    private readonly object gate = new();
    private readonly List<(string PathContains, EmulatedFault Fault)> queued = [];
    private Random? random;
    private double share;
    private EmulatedFault[] randomKinds = [];

    /// <summary>The next call whose path contains <paramref name="pathContains"/> gets <paramref name="fault"/>, once.</summary>
    public void Enqueue(string pathContains, EmulatedFault fault)
    {
        ArgumentNullException.ThrowIfNull(pathContains);
        ArgumentNullException.ThrowIfNull(fault);
        lock (gate)
        {
            queued.Add((pathContains, fault));
        }
    }

    /// <summary>About <paramref name="share"/> of all API calls fail with one of <paramref name="kinds"/>; the same seed gives the same sequence.</summary>
    public void SetRandom(double share, int seed, params EmulatedFault[] kinds)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(share, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(share, 1);
        if (share > 0 && kinds.Length == 0)
        {
            throw new ArgumentException("Name at least one fault kind.", nameof(kinds));
        }

        lock (gate)
        {
            this.share = share;
            randomKinds = [.. kinds];
            random = share > 0 ? new Random(seed) : null;
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            queued.Clear();
            random = null;
            share = 0;
            randomKinds = [];
        }
    }

    public int Pending
    {
        get
        {
            lock (gate)
            {
                return queued.Count;
            }
        }
    }

    internal EmulatedFault? Next(string path)
    {
        lock (gate)
        {
            var index = queued.FindIndex(q => path.Contains(q.PathContains, StringComparison.OrdinalIgnoreCase));
            if (index >= 0)
            {
                var fault = queued[index].Fault;
                queued.RemoveAt(index);
                return fault;
            }

            return NextRandom();
        }
    }

    private EmulatedFault? NextRandom()
    {
        if (random is null)
        {
            return null;
        }

        // Both draws happen on every call so the sequence depends only on the seed and the call count.
        var roll = random.NextDouble();
        var pick = random.Next(randomKinds.Length);
        return roll < share ? randomKinds[pick] : null;
    }
}
