using System.Data.Common;

namespace ItaBot.Storage;

/// <summary>Plain SQL on a connection EF also uses, for the few hot paths that skip EF's pipeline.</summary>
public static class PlainSql
{
    /// <summary>A command in the caller's transaction (null outside one).</summary>
    public static DbCommand Create(DbConnection connection, DbTransaction? transaction, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    public static DbCommand With(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return command;
    }
}
