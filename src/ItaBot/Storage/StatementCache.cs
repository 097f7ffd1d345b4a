using System.Data;
using System.Data.Common;

namespace ItaBot.Storage;

/// <summary>
/// The statements a context runs again and again, each prepared once and run with new values after that. A turn's
/// few single-row statements cost more to parse and plan than to run, and an inbox round runs dozens of turns on one
/// context, all on the single writer path.
/// </summary>
/// <remarks>
/// Closing a connection disposes every command made on it (Microsoft.Data.Sqlite does so to free their statements
/// before the connection goes back to the pool), so the cache is emptied then and fills again after the next open.
/// </remarks>
public sealed class StatementCache : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbConnection? _connection;

    /// <summary>The command for <paramref name="sql"/> in the caller's transaction, with no parameters yet; not to be disposed by the caller.</summary>
    public DbCommand Get(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (!ReferenceEquals(connection, _connection)) Follow(connection);
        if (!_commands.TryGetValue(sql, out var command)) _commands[sql] = command = PlainSql.Create(connection, transaction, sql);
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    private void Follow(DbConnection connection)
    {
        if (_connection is not null) _connection.StateChange -= OnStateChange;
        Clear();
        _connection = connection;
        connection.StateChange += OnStateChange;
    }

    private void OnStateChange(object? sender, StateChangeEventArgs e)
    {
        if (e.CurrentState != ConnectionState.Open) Clear();
    }

    private void Clear()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }

    public void Dispose()
    {
        if (_connection is not null) _connection.StateChange -= OnStateChange;
        _connection = null;
        Clear();
    }
}
