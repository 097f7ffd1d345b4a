using ItaBot.Staff;
using ItaBot.Storage;
using ItaBot.Storage.Entities;
using ItaBot.Tests.Measures;
using Microsoft.EntityFrameworkCore;

namespace ItaBot.Tests.Core;

public sealed class TurnReadsTests : IDisposable
{
    private readonly MeasuresDb _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public void A_user_read_for_a_turn_is_tracked_so_a_change_to_it_is_saved()
    {
        using (var db = _database.Open())
        {
            db.LineUsers.Add(new LineUser { UserHash = "h1", UserIdEnc = [1, 2], FirstSeen = 10, LastSeen = 20 });
            db.SaveChanges();
        }
        using (var db = _database.Open())
        {
            var user = TurnReads.UserByHash(db, "h1")!;
            Assert.Equal((10, 20, false), (user.FirstSeen, user.LastSeen, user.Blocked));
            Assert.Equal([1, 2], user.UserIdEnc);
            user.LastSeen = 99;
            db.SaveChanges();
        }
        using (var db = _database.Open()) Assert.Equal(99, db.LineUsers.Single().LastSeen);
    }

    [Fact]
    public void Reading_a_row_the_context_already_tracks_returns_that_instance_with_its_unsaved_changes()
    {
        using (var db = _database.Open())
        {
            db.DialogStates.Add(new DialogStateRow { ChatKey = "c1", State = [7], UpdatedAt = 1 });
            db.SaveChanges();
        }
        using (var db = _database.Open())
        {
            var first = TurnReads.DialogByKey(db, "c1")!;
            first.UpdatedAt = 5;

            var second = TurnReads.DialogByKey(db, "c1");

            Assert.Same(first, second);
            Assert.Equal(5, second!.UpdatedAt);
        }
    }

    [Fact]
    public void Only_an_active_staff_member_is_found_and_a_missing_row_reads_as_none()
    {
        using (var db = _database.Open())
        {
            db.StaffMembers.Add(new StaffMember { UserHash = "gone", Role = StaffRole.Officer, Unit = "กองคลัง", Status = StaffStatus.Revoked });
            db.StaffMembers.Add(new StaffMember
            {
                UserHash = "here", Role = StaffRole.Admin, Unit = "สำนักปลัด", Status = StaffStatus.Active, EnrolledAt = 3, DigestMuted = true,
            });
            db.SaveChanges();
        }
        using (var db = _database.Open())
        {
            Assert.Null(TurnReads.ActiveStaffByHash(db, "gone"));
            Assert.Null(TurnReads.UserByHash(db, "nobody"));
            var admin = TurnReads.ActiveStaffByHash(db, "here")!;
            Assert.Equal((StaffRole.Admin, "สำนักปลัด", 3L, true, (long?)null), (admin.Role, admin.Unit, admin.EnrolledAt!.Value, admin.DigestMuted, admin.RevokedAt));
            Assert.Equal(EntityState.Unchanged, db.Entry(admin).State);
        }
    }

    [Fact]
    public void A_new_person_added_inside_a_transaction_gets_an_id_at_once_and_vanishes_if_the_turn_is_undone()
    {
        using (var db = _database.Open())
        {
            db.Database.OpenConnection();
            using (var tx = db.Database.BeginTransaction())
            {
                var user = new LineUser { UserHash = "new", UserIdEnc = [9], FirstSeen = 1, LastSeen = 1 };
                TurnReads.Insert(db, user);
                Assert.True(user.Id > 0);
                Assert.Equal(EntityState.Unchanged, db.Entry(user).State);
                user.LastSeen = 7;
                db.SaveChanges();
                tx.Commit();
            }
            using (var tx = db.Database.BeginTransaction())
            {
                TurnReads.Insert(db, new LineUser { UserHash = "undone", UserIdEnc = [9], FirstSeen = 1, LastSeen = 1 });
                tx.Rollback();
            }
        }
        using (var db = _database.Open())
            Assert.Equal([("new", 7L)], db.LineUsers.Select(u => new { u.UserHash, u.LastSeen }).AsEnumerable().Select(u => (u.UserHash, u.LastSeen)));
    }
}
