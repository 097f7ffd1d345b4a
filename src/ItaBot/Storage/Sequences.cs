using ItaBot.Storage.Entities;

namespace ItaBot.Storage;

/// <summary>Gap-free numbering per series; safe because every write runs in the one writer transaction.</summary>
public static class Sequences
{
    public static async Task<int> NextAsync(ItaBotDb db, string series, CancellationToken ct)
    {
        var counter = db.SequenceCounters.Local.FirstOrDefault(c => c.Name == series)
                      ?? await db.SequenceCounters.FindAsync([series], ct);
        if (counter is null)
        {
            counter = new SequenceCounter { Name = series, Value = 0 };
            db.SequenceCounters.Add(counter);
        }
        counter.Value++;
        return (int)counter.Value;
    }
}
