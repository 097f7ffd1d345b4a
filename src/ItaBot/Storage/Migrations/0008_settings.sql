-- Small durable facts the bot must not forget across restarts (e.g. the staff rich menu's id: LINE limits how
-- many menus an account may hold and how many it may create per hour, so a restart must reuse it).
CREATE TABLE Settings (
    Key TEXT PRIMARY KEY,
    Value TEXT NOT NULL
);

-- Link or unlink the staff rich menu for one person, queued by a turn or the CLI and done by a worker later,
-- because turns make no network calls.
CREATE TABLE RichMenuLinks (
    Id INTEGER PRIMARY KEY AUTOINCREMENT,
    UserHash TEXT NOT NULL,
    Action TEXT NOT NULL,
    Status TEXT NOT NULL,
    Attempts INTEGER NOT NULL DEFAULT 0,
    NextAttemptAt INTEGER NOT NULL,
    CreatedAt INTEGER NOT NULL
);
CREATE INDEX IX_RichMenuLinks_Due ON RichMenuLinks (Status, NextAttemptAt);
CREATE INDEX IX_RichMenuLinks_User ON RichMenuLinks (UserHash, Status);
