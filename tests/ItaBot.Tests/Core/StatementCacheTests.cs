using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Measures;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Core;

public sealed class StatementCacheTests : IDisposable
{
    private readonly MeasuresDb _database = new();

    public void Dispose() => _database.Dispose();

    private const string ByKey = "SELECT UpdatedAt FROM DialogStates WHERE ChatKey = $key";

    [Fact]
    public void The_same_statement_comes_back_as_the_same_command_without_the_last_callers_values()
    {
        using var db = _database.Open();
        db.Database.OpenConnection();

        var first = db.Prepared(ByKey).With("$key", "a");
        var second = db.Prepared(ByKey);

        Assert.Same(first, second);
        Assert.Empty(second.Parameters);
    }

    [Fact]
    public void A_statement_is_prepared_afresh_after_its_connection_was_closed_and_opened_again()
    {
        using (var seed = _database.Open())
        {
            seed.DialogStates.AddRange(new DialogStateRow { ChatKey = "a", State = [1], UpdatedAt = 10 },
                new DialogStateRow { ChatKey = "b", State = [2], UpdatedAt = 20 });
            seed.SaveChanges();
        }
        using var db = _database.Open();

        db.Database.OpenConnection();
        var first = db.Prepared(ByKey);
        var before = first.With("$key", "a").ExecuteScalar();
        db.Database.CloseConnection();
        db.Database.OpenConnection();
        var second = db.Prepared(ByKey);
        var after = second.With("$key", "b").ExecuteScalar();

        Assert.Equal((10L, 20L), ((long)before!, (long)after!));
        // Closing disposed the first command; the cache made a new one rather than run a disposed one.
        Assert.NotSame(first, second);
    }

    [Fact]
    public void A_prepared_statement_writes_in_whichever_transaction_is_current_and_rolls_back_with_it()
    {
        using (var db = _database.Open())
        {
            db.Database.OpenConnection();
            const string insert = "INSERT INTO DialogStates (ChatKey, State, UpdatedAt) VALUES ($key, x'01', 1)";
            using (var kept = db.Database.BeginTransaction())
            {
                db.Prepared(insert).With("$key", "kept").ExecuteNonQuery();
                kept.Commit();
            }
            using (var undone = db.Database.BeginTransaction())
            {
                db.Prepared(insert).With("$key", "undone").ExecuteNonQuery();
                undone.Rollback();
            }
        }

        using var check = _database.Open();
        Assert.Equal(["kept"], check.DialogStates.Select(d => d.ChatKey).ToList());
    }
}
