using System.Data.Common;

namespace ItaBot.Storage;

/// <summary>
/// The statements a context runs again and again, each prepared once and run with new values after that. A turn's
/// few single-row statements cost more to parse and plan than to run, and an inbox round runs dozens of turns on one
/// context, all on the single writer path. SQLite prepares a statement again by itself if the connection was closed.
/// </summary>
public sealed class StatementCache : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>The command for <paramref name="sql"/> in the caller's transaction, with no parameters yet; not to be disposed by the caller.</summary>
    public DbCommand Get(DbConnection connection, DbTransaction? transaction, string sql)
    {
        if (!_commands.TryGetValue(sql, out var command) || command.Connection != connection)
        {
            command?.Dispose();
            _commands[sql] = command = PlainSql.Create(connection, transaction, sql);
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
    }
}
