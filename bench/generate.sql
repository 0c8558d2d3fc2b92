-- The bench data set, written straight into the portal's SQLite database after it migrated and seeded it.
-- Parameters (sqlite3 .parameter): @members, @mentors, @pages. Every member shares the bench administrator's
-- password hash, so any of them can log in with the same passphrase.
.timeout 10000
BEGIN;

-- Members: users in the Member role with a profile at varied stages.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @members)
INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, PasswordHash,
    SecurityStamp, ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, CreatedAtUtc)
SELECT 'member-' || i, 'member' || i || '@bench.example', 'MEMBER' || i || '@BENCH.EXAMPLE',
    'member' || i || '@bench.example', 'MEMBER' || i || '@BENCH.EXAMPLE', 1,
    (SELECT PasswordHash FROM AspNetUsers WHERE NormalizedEmail = 'BENCH-ADMIN@BENCH.EXAMPLE'),
    upper(hex(randomblob(16))), lower(hex(randomblob(16))), 0, 0, 1, 0, '2026-11-01 00:00:00' FROM n;
INSERT INTO AspNetUserRoles (UserId, RoleId)
SELECT u.Id, r.Id FROM AspNetUsers u, AspNetRoles r WHERE u.Id LIKE 'member-%' AND r.Name = 'Member';
INSERT INTO ImgProfiles (UserId, MedicalSchoolCountry, MedicalSchoolName, GraduationYear, EcfmgStatus, EcfmgCertifiedOn,
    Step1Result, Step1Date, Step2CkScore, Step2CkDate, Step3Score, Step3Date, EnglishProficiencyMet, CurrentVisa, VisaNeed,
    ClinicalExperienceMonths, FcvsStarted, FcvsStartedOn, FcvsCompleted, WantsMentor, RemindersOff, Stage, UpdatedAtUtc,
    OetPassed, PathwayCompleted, WaiverCycleAlerts, WaiverFewSlotsAlerts)
SELECT Id,
    CASE abs(random()) % 5 WHEN 0 THEN 'India' WHEN 1 THEN 'Pakistan' WHEN 2 THEN 'Nigeria' WHEN 3 THEN 'Egypt' ELSE 'Philippines' END,
    'Medical College ' || (abs(random()) % 300), 2015 + abs(random()) % 10,
    CASE abs(random()) % 3 WHEN 0 THEN 'NotStarted' WHEN 1 THEN 'InProgress' ELSE 'Certified' END, NULL,
    CASE abs(random()) % 2 WHEN 0 THEN 'NotTaken' ELSE 'Passed' END, NULL, NULL, NULL, NULL, NULL, abs(random()) % 2,
    'None', CASE abs(random()) % 2 WHEN 0 THEN 'None' ELSE 'J1' END, abs(random()) % 24, 0, NULL, 0, abs(random()) % 2, 0,
    'Exams', '2026-11-01 00:00:00',
    abs(random()) % 2, 0, abs(random()) % 2, 0
FROM AspNetUsers WHERE Id LIKE 'member-%';

-- Mentors: 95 % approved and listed, with two languages each.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @mentors)
INSERT INTO AspNetUsers (Id, UserName, NormalizedUserName, Email, NormalizedEmail, EmailConfirmed, SecurityStamp,
    ConcurrencyStamp, PhoneNumberConfirmed, TwoFactorEnabled, LockoutEnabled, AccessFailedCount, CreatedAtUtc)
SELECT 'mentor-' || i, 'mentor' || i || '@bench.example', 'MENTOR' || i || '@BENCH.EXAMPLE',
    'mentor' || i || '@bench.example', 'MENTOR' || i || '@BENCH.EXAMPLE', 1, upper(hex(randomblob(16))),
    lower(hex(randomblob(16))), 0, 0, 1, 0, '2026-11-01 00:00:00' FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @mentors)
INSERT INTO Mentors (UserId, DisplayName, Specialty, Hospital, County, State, HelpAreas, Capacity, MeetingPreference,
    Bio, ListInDirectory, ShowHospital, AgreedToTermsAtUtc, Status, StatusReason, AppliedAtUtc, Version,
    BoardCertification, IsImg, Npi, YearsInPractice)
SELECT 'mentor-' || i, 'Dr Mentor ' || printf('%06d', i),
    CASE WHEN i % 10 < 3 THEN 'Internal Medicine' ELSE
        CASE i % 7 WHEN 0 THEN 'Family Medicine' WHEN 1 THEN 'Pediatrics' WHEN 2 THEN 'Psychiatry' WHEN 3 THEN 'Neurology'
            WHEN 4 THEN 'General Surgery' WHEN 5 THEN 'Pathology' ELSE 'Radiology' END END,
    'Hospital ' || (i % 200), 'County ' || (i % 50),
    CASE i % 6 WHEN 0 THEN 'NY' WHEN 1 THEN 'NJ' WHEN 2 THEN 'CA' WHEN 3 THEN 'TX' WHEN 4 THEN 'IL' ELSE 'FL' END,
    1 + i % 31, 1 + i % 3, 'Video calls', 'A volunteer mentor who trained abroad and matched into residency.', 1, 1,
    '2026-11-01 00:00:00', CASE WHEN i % 20 = 0 THEN 'Pending' ELSE 'Approved' END, '', '2026-11-01 00:00:00',
    upper(hex(randomblob(16))),
    'Board certified', 1, '', 1 + i % 30
FROM n;
INSERT INTO MentorLanguages (MentorId, Language) SELECT Id, 'English' FROM Mentors WHERE UserId LIKE 'mentor-%';
INSERT INTO MentorLanguages (MentorId, Language)
SELECT Id, CASE Id % 5 WHEN 0 THEN 'Spanish' WHEN 1 THEN 'Hindi' WHEN 2 THEN 'Arabic' WHEN 3 THEN 'Mandarin' ELSE 'Urdu' END
FROM Mentors WHERE UserId LIKE 'mentor-%';

-- Guidance pages up to @pages in all, each a copy of /residency under its own slug, with three revisions.
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < @pages - (SELECT count(*) FROM GuidancePages))
INSERT INTO GuidancePages (Slug, Title, Summary, BodyMarkdown, BodyHtml, Feature, Source, LastReviewedOn, SortOrder, UpdatedAtUtc, Version,
    OwnerName, AwaitingFirstPublication)
SELECT 'guide-' || i, 'Guide ' || i || ': ' || p.Title, p.Summary, p.BodyMarkdown, p.BodyHtml, 'None', p.Source, p.LastReviewedOn,
    100 + i, p.UpdatedAtUtc, upper(hex(randomblob(16))), p.OwnerName, 0
FROM n, (SELECT * FROM GuidancePages WHERE Slug = 'residency') p;
WITH RECURSIVE r(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM r WHERE k < 3)
INSERT INTO PageRevisions (GuidancePageId, Number, Title, Summary, BodyMarkdown, SectionsJson, PublishedByUserId, PublishedByName, PublishedAtUtc,
    ChangeNote)
SELECT g.Id, r.k, g.Title, g.Summary, g.BodyMarkdown, '[]', NULL, 'Bench', '2026-10-0' || r.k || ' 00:00:00', 'Bench revision ' || r.k
FROM GuidancePages g, r;
COMMIT;
ANALYZE;
