using System.Data.Common;

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
        _begin = Command(connection, transaction, "SAVEPOINT turn");
        _release = Command(connection, transaction, "RELEASE turn");
        // Rolling back keeps the savepoint open; releasing it too leaves the stack as it was before the turn.
        _undo = Command(connection, transaction, "ROLLBACK TO turn; RELEASE turn");
    }

    public void Begin() => _begin.ExecuteNonQuery();

    public void Release() => _release.ExecuteNonQuery();

    public void Undo() => _undo.ExecuteNonQuery();

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public void Dispose()
    {
        _begin.Dispose();
        _release.Dispose();
        _undo.Dispose();
    }
}
