using System.Data.Common;
using ItaBot.Staff;
using ItaBot.Storage.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ItaBot.Storage;

/// <summary>
/// The three single-row reads every turn makes (and a new person's row), without EF's query pipeline: even its
/// compiled queries build a new delegate on every call (DynamicMethod.CreateDelegate), which made these reads a fifth
/// of each turn on the serial writer path. A row read here is tracked exactly as EF's own tracking query would track it, so changes to it are
/// saved as usual, and an instance the context already tracks is returned instead of a second copy.
/// </summary>
public static class TurnReads
{
    public static LineUser? UserByHash(ItaBotDb db, string hash) => Tracked(db,
        Read(db, "SELECT Id, UserHash, UserIdEnc, FirstSeen, LastSeen, Blocked FROM LineUsers WHERE UserHash = $key", hash, r => new LineUser
        {
            Id = r.GetInt64(0), UserHash = r.GetString(1), UserIdEnc = (byte[])r[2], FirstSeen = r.GetInt64(3), LastSeen = r.GetInt64(4),
            Blocked = r.GetInt64(5) != 0,
        }),
        (a, b) => a.Id == b.Id);

    public static StaffMember? ActiveStaffByHash(ItaBotDb db, string hash) => Tracked(db,
        Read(db, "SELECT Id, UserHash, Role, Unit, NameEnc, Status, CreatedAt, EnrolledAt, RevokedAt, DigestMuted FROM StaffMembers " +
                 $"WHERE UserHash = $key AND Status = '{StaffStatus.Active}' LIMIT 1", hash, r => new StaffMember
        {
            Id = r.GetInt64(0), UserHash = r.GetString(1), Role = r.GetString(2), Unit = r.GetString(3),
            NameEnc = r.IsDBNull(4) ? null : (byte[])r[4], Status = r.GetString(5), CreatedAt = r.GetInt64(6),
            EnrolledAt = r.IsDBNull(7) ? null : r.GetInt64(7), RevokedAt = r.IsDBNull(8) ? null : r.GetInt64(8),
            DigestMuted = r.GetInt64(9) != 0,
        }),
        (a, b) => a.Id == b.Id);

    public static DialogStateRow? DialogByKey(ItaBotDb db, string chatKey) => Tracked(db,
        Read(db, "SELECT ChatKey, State, UpdatedAt FROM DialogStates WHERE ChatKey = $key", chatKey, r => new DialogStateRow
        {
            ChatKey = r.GetString(0), State = (byte[])r[1], UpdatedAt = r.GetInt64(2),
        }),
        (a, b) => a.ChatKey == b.ChatKey);

    /// <summary>
    /// A person's first turn adds them. Inside a transaction (every turn runs in one) the row is written at once, in
    /// it, and then tracked as saved; EF's own insert cost as much as the rest of that turn.
    /// </summary>
    public static void Insert(ItaBotDb db, LineUser user)
    {
        if (db.Database.CurrentTransaction is null)
        {
            db.LineUsers.Add(user);
            return;
        }
        var command = db.Prepared(
                "INSERT INTO LineUsers (UserHash, UserIdEnc, FirstSeen, LastSeen, Blocked) " +
                "VALUES ($hash, $id, $first, $last, $blocked) RETURNING Id")
            .With("$hash", user.UserHash).With("$id", user.UserIdEnc).With("$first", user.FirstSeen).With("$last", user.LastSeen)
            .With("$blocked", user.Blocked ? 1 : 0);
        user.Id = (long)command.ExecuteScalar()!;
        db.LineUsers.Attach(user);
    }

    private static T? Read<T>(ItaBotDb db, string sql, string key, Func<DbDataReader, T> map) where T : class =>
        db.WithOpenConnection(() =>
        {
            var command = db.Prepared(sql).With("$key", key);
            using var reader = command.ExecuteReader();
            return reader.Read() ? map(reader) : null;
        });

    private static T? Tracked<T>(ItaBotDb db, T? row, Func<T, T, bool> sameKey) where T : class
    {
        if (row is null) return null;
        if (db.Set<T>().Local.FirstOrDefault(t => sameKey(t, row)) is { } tracked) return tracked;
        db.Set<T>().Attach(row);
        return row;
    }
}
