-- Every satisfaction mean ever published (on /stats or in a report file), per fiscal year and service: the month-end
-- it counts to, how many ratings and their total. A new one is added only when at least five ratings were given
-- since the last (SatisfactionDisclosure), and none is ever changed, so no two published figures differ by fewer
-- than five people's ratings, even after a rating is erased or purged.
CREATE TABLE SatisfactionReleases (
    FiscalYear INTEGER NOT NULL,
    Service TEXT NOT NULL,
    Until TEXT NOT NULL,
    Count INTEGER NOT NULL,
    Total INTEGER NOT NULL,
    ReleasedAt INTEGER NOT NULL,
    PRIMARY KEY (FiscalYear, Service, Until)
);
