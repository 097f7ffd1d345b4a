using ItaBot.Storage;

namespace ItaBot.Complaints;

/// <summary>
/// Seals the plain-text agencies of rows written before migration 0011. A SQL script cannot encrypt, so the host
/// does it once the schema is up to date; after the first start there is nothing left and this finds no row.
/// </summary>
public sealed class LegacyAgencySealing(IServiceScopeFactory scopes, ForwardingAgency agencies)
{
    public int Run()
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ItaBotDb>();
        var legacy = db.Complaints.Where(c => c.ForwardedTo != null).ToList();
        foreach (var c in legacy)
        {
            // A blank legacy value never named anyone; it is dropped rather than sealed.
            if (string.IsNullOrWhiteSpace(c.ForwardedTo)) c.ForwardedTo = null;
            else agencies.Record(c, c.ForwardedTo);
        }
        db.SaveChanges();
        return legacy.Count;
    }
}
