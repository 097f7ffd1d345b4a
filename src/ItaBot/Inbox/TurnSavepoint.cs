using System.Data.Common;
using ItaBot.Storage;

namespace ItaBot.Inbox;

/// <summary>
/// One savepoint per turn, so a failing turn undoes only its own writes and the round goes on. The statements are
/// prepared once per round on the round's connection and run without EF's command pipeline: on the single writer
/// path every turn pays for them.
/// </summary>
public sealed class TurnSavepoint : IDisposable
{
    private readonly DbCommand _begin;
    private readonly DbCommand _release;
    private readonly DbCommand _undo;

    public TurnSavepoint(DbConnection connection, DbTransaction transaction)
    {
        _begin = PlainSql.Create(connection, transaction, "SAVEPOINT turn");
        _release = PlainSql.Create(connection, transaction, "RELEASE turn");
        // Rolling back keeps the savepoint open; releasing it too leaves the stack as it was before the turn.
        _undo = PlainSql.Create(connection, transaction, "ROLLBACK TO turn; RELEASE turn");
    }

    public void Begin() => _begin.ExecuteNonQuery();

    public void Release() => _release.ExecuteNonQuery();

    public void Undo() => _undo.ExecuteNonQuery();

    public void Dispose()
    {
        _begin.Dispose();
        _release.Dispose();
        _undo.Dispose();
    }
}
