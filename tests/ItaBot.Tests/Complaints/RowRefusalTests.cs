using ItaBot.Complaints;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using static SQLitePCL.raw;

namespace ItaBot.Tests.Complaints;

/// <summary>
/// Which failures to record a download are the result's own (counted as a failed attempt, its file let go) and which
/// are the database's (the result kept, file and all, for the next pass).
/// </summary>
public sealed class RowRefusalTests
{
    [Fact]
    public void A_row_changed_or_removed_since_it_was_read_refuses_that_result()
    {
        Assert.True(EvidenceRecording.RefusedForItsRow(new DbUpdateConcurrencyException("0 rows affected")));
    }

    [Fact]
    public void A_constraint_refuses_that_result_whether_EF_wraps_it_or_not()
    {
        Assert.True(EvidenceRecording.RefusedForItsRow(new SqliteException("refused by a trigger", SQLITE_CONSTRAINT)));
        Assert.True(EvidenceRecording.RefusedForItsRow(new DbUpdateException("save failed", new SqliteException("foreign key", SQLITE_CONSTRAINT))));
    }

    [Theory]
    [InlineData(SQLITE_BUSY)]
    [InlineData(SQLITE_LOCKED)]
    [InlineData(SQLITE_FULL)]
    [InlineData(SQLITE_IOERR)]
    [InlineData(SQLITE_READONLY)]
    public void A_database_busy_full_or_failing_is_no_fault_of_the_result(int code)
    {
        Assert.False(EvidenceRecording.RefusedForItsRow(new SqliteException("database", code)));
        Assert.False(EvidenceRecording.RefusedForItsRow(new DbUpdateException("save failed", new SqliteException("database", code))));
        Assert.False(EvidenceRecording.RefusedForItsRow(new IOException("disk")));
    }
}
