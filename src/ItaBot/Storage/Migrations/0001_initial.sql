-- Inbox: every accepted webhook event, deduplicated on LINE's webhookEventId.
CREATE TABLE InboxEvents (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    WebhookEventId TEXT NOT NULL UNIQUE,
    ChatKey TEXT NOT NULL,
    EventType TEXT NOT NULL,
    Standby INTEGER NOT NULL DEFAULT 0,
    EventTimestamp INTEGER NOT NULL,
    ReceivedAt INTEGER NOT NULL,
    Payload BLOB NOT NULL,
    Status INTEGER NOT NULL DEFAULT 0,
    Attempts INTEGER NOT NULL DEFAULT 0,
    ProcessedAt INTEGER NULL,
    Error TEXT NULL
);
CREATE INDEX IX_InboxEvents_Pending ON InboxEvents (Status, EventTimestamp, Id);
CREATE INDEX IX_InboxEvents_Chat ON InboxEvents (ChatKey, Status, EventTimestamp);

CREATE TABLE DialogStates (
    ChatKey TEXT NOT NULL PRIMARY KEY,
    State BLOB NOT NULL,
    UpdatedAt INTEGER NOT NULL
);

-- Outbox: one row per LINE API call to make, written in the turn's transaction.
CREATE TABLE OutboxMessages (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    CreatedAt INTEGER NOT NULL,
    ChatKey TEXT NOT NULL,
    Kind TEXT NOT NULL,
    Target BLOB NOT NULL,
    ReplyToken TEXT NULL,
    ReplyDeadline INTEGER NOT NULL DEFAULT 0,
    Messages BLOB NOT NULL,
    RetryKey TEXT NOT NULL,
    Status INTEGER NOT NULL DEFAULT 0,
    Attempts INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt INTEGER NOT NULL,
    LastOutcome TEXT NULL,
    SentAt INTEGER NULL,
    RequestId TEXT NULL,
    Purpose TEXT NOT NULL,
    SourceEventId TEXT NULL
);
CREATE INDEX IX_OutboxMessages_Due ON OutboxMessages (Status, NextAttemptAt, Id);
CREATE INDEX IX_OutboxMessages_Chat ON OutboxMessages (ChatKey, Status, Id);

CREATE TABLE LineUsers (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    UserHash TEXT NOT NULL UNIQUE,
    UserIdEnc BLOB NOT NULL,
    FirstSeen INTEGER NOT NULL,
    LastSeen INTEGER NOT NULL,
    Blocked INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE StaffMembers (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    UserHash TEXT NULL,
    Role TEXT NOT NULL,
    Unit TEXT NOT NULL,
    NameEnc BLOB NULL,
    Status TEXT NOT NULL,
    CreatedAt INTEGER NOT NULL,
    EnrolledAt INTEGER NULL,
    RevokedAt INTEGER NULL,
    DigestMuted INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IX_StaffMembers_User ON StaffMembers (UserHash, Status);

CREATE TABLE EnrollmentCodes (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    CodeHash TEXT NOT NULL UNIQUE,
    Role TEXT NOT NULL,
    Unit TEXT NOT NULL,
    NameEnc BLOB NULL,
    CreatedAt INTEGER NOT NULL,
    ExpiresAt INTEGER NOT NULL,
    UsedAt INTEGER NULL,
    StaffId INTEGER NULL
);

CREATE TABLE Complaints (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    FiscalYear INTEGER NOT NULL,
    Sequence INTEGER NOT NULL,
    CaseNo TEXT NOT NULL UNIQUE,
    ReceiptHash TEXT NOT NULL UNIQUE,
    Anonymous INTEGER NOT NULL,
    ComplainantHash TEXT NULL,
    Content BLOB NOT NULL,
    Identity BLOB NULL,
    Stage TEXT NOT NULL,
    ReceivedAt INTEGER NOT NULL,
    ReviewDue INTEGER NOT NULL,
    ResultDue INTEGER NOT NULL,
    StageDue INTEGER NOT NULL,
    ReviewedAt INTEGER NULL,
    DecidedAt INTEGER NULL,
    Decision TEXT NULL,
    ForwardedTo TEXT NULL,
    ResultAt INTEGER NULL,
    ClosedAt INTEGER NULL,
    PublicNote BLOB NULL,
    Satisfaction INTEGER NULL,
    UpdatedAt INTEGER NOT NULL,
    UNIQUE (FiscalYear, Sequence)
);
CREATE INDEX IX_Complaints_Open ON Complaints (ClosedAt, StageDue);
CREATE INDEX IX_Complaints_Complainant ON Complaints (ComplainantHash);
CREATE INDEX IX_Complaints_Received ON Complaints (ReceivedAt);

CREATE TABLE ComplaintEvidence (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    ComplaintId INTEGER NOT NULL REFERENCES Complaints (Id) ON DELETE CASCADE,
    Kind TEXT NOT NULL,
    LineMessageId TEXT NULL,
    Location BLOB NULL,
    FilePath TEXT NULL,
    ContentType TEXT NULL,
    Size INTEGER NULL,
    Status TEXT NOT NULL,
    Attempts INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt INTEGER NOT NULL DEFAULT 0,
    CreatedAt INTEGER NOT NULL
);
CREATE INDEX IX_ComplaintEvidence_Pending ON ComplaintEvidence (Status, NextAttemptAt);
CREATE INDEX IX_ComplaintEvidence_Complaint ON ComplaintEvidence (ComplaintId);

CREATE TABLE ComplaintHistory (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    ComplaintId INTEGER NOT NULL REFERENCES Complaints (Id) ON DELETE CASCADE,
    At INTEGER NOT NULL,
    FromStage TEXT NULL,
    ToStage TEXT NOT NULL,
    Note BLOB NULL,
    ActorStaffId INTEGER NULL
);
CREATE INDEX IX_ComplaintHistory_Complaint ON ComplaintHistory (ComplaintId, At);

-- Append-only: rows are never changed; only the retention purge removes old ones.
CREATE TABLE AuditEntries (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    At INTEGER NOT NULL,
    Actor TEXT NOT NULL,
    Action TEXT NOT NULL,
    Subject TEXT NOT NULL,
    Detail TEXT NULL
);
CREATE INDEX IX_AuditEntries_Subject ON AuditEntries (Subject, At);
CREATE TRIGGER AuditEntries_NoUpdate BEFORE UPDATE ON AuditEntries
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TABLE Feedback (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    FiscalYear INTEGER NOT NULL,
    Sequence INTEGER NOT NULL,
    RefNo TEXT NOT NULL UNIQUE,
    Category TEXT NOT NULL,
    Unit TEXT NOT NULL,
    Text BLOB NOT NULL,
    PhotoMessageId TEXT NULL,
    PhotoPath TEXT NULL,
    Rating INTEGER NULL,
    WantsAnswer INTEGER NOT NULL,
    Contact BLOB NULL,
    UserHash TEXT NULL,
    Status TEXT NOT NULL,
    Answer BLOB NULL,
    AnsweredAt INTEGER NULL,
    HandledAt INTEGER NULL,
    HandledBy INTEGER NULL,
    ReceivedAt INTEGER NOT NULL,
    UNIQUE (FiscalYear, Sequence)
);
CREATE INDEX IX_Feedback_Unit ON Feedback (Unit, Status, ReceivedAt);
CREATE INDEX IX_Feedback_User ON Feedback (UserHash);
CREATE INDEX IX_Feedback_Received ON Feedback (ReceivedAt);

CREATE TABLE RateEvents (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    Key TEXT NOT NULL,
    At INTEGER NOT NULL
);
CREATE INDEX IX_RateEvents_Key ON RateEvents (Key, At);

CREATE TABLE Measures (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    FiscalYear INTEGER NOT NULL,
    Code TEXT NOT NULL,
    Title TEXT NOT NULL,
    Indicator TEXT NULL,
    SortOrder INTEGER NOT NULL,
    UNIQUE (FiscalYear, Code)
);

CREATE TABLE MeasureActivities (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    MeasureId INTEGER NOT NULL REFERENCES Measures (Id) ON DELETE CASCADE,
    Code TEXT NOT NULL,
    Title TEXT NOT NULL,
    Units TEXT NOT NULL,
    AllYear INTEGER NOT NULL,
    PeriodFrom TEXT NULL,
    PeriodTo TEXT NULL,
    PeriodText TEXT NULL,
    Indicator TEXT NULL,
    Status TEXT NOT NULL,
    Progress INTEGER NOT NULL,
    Result TEXT NULL,
    Outcome TEXT NULL,
    SortOrder INTEGER NOT NULL,
    UpdatedAt INTEGER NOT NULL,
    UpdatedBy INTEGER NULL,
    UNIQUE (MeasureId, Code)
);

CREATE TABLE ActivityUnits (
    ActivityId INTEGER NOT NULL REFERENCES MeasureActivities (Id) ON DELETE CASCADE,
    Unit TEXT NOT NULL,
    PRIMARY KEY (Unit, ActivityId)
);

CREATE TABLE ActivityEvidence (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    ActivityId INTEGER NOT NULL REFERENCES MeasureActivities (Id) ON DELETE CASCADE,
    Kind TEXT NOT NULL,
    Url TEXT NULL,
    LineMessageId TEXT NULL,
    FilePath TEXT NULL,
    ContentType TEXT NULL,
    Status TEXT NOT NULL,
    CreatedAt INTEGER NOT NULL
);
CREATE INDEX IX_ActivityEvidence_Activity ON ActivityEvidence (ActivityId);

CREATE TABLE SequenceCounters (
    Name TEXT NOT NULL PRIMARY KEY,
    Value INTEGER NOT NULL
);

CREATE TABLE AlertLog (
    Key TEXT NOT NULL PRIMARY KEY,
    At INTEGER NOT NULL
);
