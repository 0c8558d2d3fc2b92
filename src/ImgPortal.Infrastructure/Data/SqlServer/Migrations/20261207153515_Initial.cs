using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSignedInAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SignedOutAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ActionId = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ActorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ActorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Action = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EntityType = table.Column<string>(type: "nvarchar(128)", maxLength: 128, nullable: false),
                    EntityKey = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    BeforeJson = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    AfterJson = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ChangeLogEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Topic = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Link = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChangeLogEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ContactPoints",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Office = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Phone = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    OfficeHours = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactPoints", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Fees",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Item = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Purpose = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ChargedBy = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    AmountLow = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    AmountHigh = table.Column<decimal>(type: "decimal(12,2)", precision: 12, scale: 2, nullable: true),
                    Currency = table.Column<string>(type: "nvarchar(3)", maxLength: 3, nullable: false),
                    Scaling = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TierFrom = table.Column<int>(type: "int", nullable: false),
                    TierTo = table.Column<int>(type: "int", nullable: true),
                    AppliesTo = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sources = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GlossaryTerms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Term = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    LongForm = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Definition = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    SourceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SourceTitle = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    VerifiedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryTerms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GuidancePages",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Slug = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Feature = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    LastReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    NavigationLabel = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    OwnerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    OwnerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    ReviewIntervalMonths = table.Column<int>(type: "int", nullable: false, defaultValue: 12),
                    AwaitingFirstPublication = table.Column<bool>(type: "bit", nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RetiredRedirectTo = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SeededTextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GuidancePages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "JobLeases",
                columns: table => new
                {
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Holder = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JobLeases", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "LcaEmployerMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    NormalizedEmployer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InstitutionName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NormalizedInstitution = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaEmployerMatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LcaImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FileName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    StoredName = table.Column<string>(type: "nvarchar(260)", maxLength: 260, nullable: false),
                    SizeBytes = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RowsRead = table.Column<long>(type: "bigint", nullable: false),
                    RowsTotal = table.Column<long>(type: "bigint", nullable: true),
                    RowsKept = table.Column<long>(type: "bigint", nullable: false),
                    FiscalYears = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MemberOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    InterviewCount = table.Column<int>(type: "int", nullable: true),
                    Program = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Specialty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    MatchYear = table.Column<int>(type: "int", nullable: true),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberOutcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MenteeRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MemberUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    HelpAreas = table.Column<int>(type: "int", nullable: false),
                    PreferredSpecialty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: true),
                    Language = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: true),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: true),
                    County = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    CountryOfTraining = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ShareRoadmapWithMentor = table.Column<bool>(type: "bit", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    MatchedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MenteeRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentoringSettings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false),
                    MembersMayChoose = table.Column<bool>(type: "bit", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringSettings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mentors",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Specialty = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Hospital = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    County = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    HelpAreas = table.Column<int>(type: "int", nullable: false),
                    Capacity = table.Column<int>(type: "int", nullable: false),
                    MeetingPreference = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Bio = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    ListInDirectory = table.Column<bool>(type: "bit", nullable: false),
                    ShowHospital = table.Column<bool>(type: "bit", nullable: false),
                    Npi = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    BoardCertification = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    YearsInPractice = table.Column<int>(type: "int", nullable: false),
                    IsImg = table.Column<bool>(type: "bit", nullable: false),
                    AgreedToTermsAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OrientationReadAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mentors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organizations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Abbreviation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Role = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    WebsiteUrl = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Aliases = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organizations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    To = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Subject = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Attempts = table.Column<int>(type: "int", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    LastError = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Programs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Specialty = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SponsoringInstitution = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Area = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    City = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    AcgmeNumber = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    Website = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    Positions = table.Column<int>(type: "int", nullable: true),
                    ExistenceSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    J1 = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    J1Source = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    J1CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    H1b = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    H1bSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    H1bCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    YearsSinceGraduation = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    YearsSinceGraduationLimit = table.Column<int>(type: "int", nullable: true),
                    YearsSinceGraduationSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    YearsSinceGraduationCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExamAttempts = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ExamAttemptsMax = table.Column<int>(type: "int", nullable: true),
                    ExamAttemptsSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ExamAttemptsCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClinicalExperience = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClinicalExperienceSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ClinicalExperienceCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ScoreMinimums = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ScoreMinimumsSource = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    ScoreMinimumsCheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastConfirmedByProgram = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RoadmapSteps",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Key = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    GuidanceSlug = table.Column<string>(type: "nvarchar(80)", maxLength: 80, nullable: false),
                    Sources = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoadmapSteps", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeasonDates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    Milestone = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false, defaultValue: "Other"),
                    Organization = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, defaultValue: "Other"),
                    Sources = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UsuallyWhen = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeasonDates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "StatePathways",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    Status = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    BillCitation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    StatuteCitation = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    EnactedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EcfmgCertification = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    EcfmgCertificationStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    TrainingOrPracticeAbroad = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    TrainingOrPracticeAbroadStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UsmleSteps = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    UsmleStepsStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EnglishTest = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    EnglishTestStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    JobOfferOrSponsor = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    JobOfferOrSponsorStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PracticeSetting = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    PracticeSettingStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SupervisedPeriod = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    SupervisedPeriodStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ConversionToFullLicense = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ConversionToFullLicenseStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ImmigrationStatus = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    ImmigrationStatusStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Sources = table.Column<string>(type: "nvarchar(3000)", maxLength: 3000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SeededHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StatePathways", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "TrackedSources",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Url = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    Host = table.Column<string>(type: "nvarchar(255)", maxLength: 255, nullable: false),
                    Cited = table.Column<bool>(type: "bit", nullable: false),
                    FirstSeenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastCheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    LastHttpStatus = table.Column<int>(type: "int", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "int", nullable: false),
                    MovedTo = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ETag = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LastModified = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    TextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TrackedSources", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "WaiverProgramYears",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramName = table.Column<string>(type: "nvarchar(120)", maxLength: 120, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    TotalWaivers = table.Column<int>(type: "int", nullable: false),
                    SecondCategoryMax = table.Column<int>(type: "int", nullable: false),
                    SlotsReported = table.Column<bool>(type: "bit", nullable: false),
                    SlotsUsed = table.Column<int>(type: "int", nullable: false),
                    FlexUsed = table.Column<int>(type: "int", nullable: false),
                    CycleStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, defaultValue: "Unknown"),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    SourceUrl = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    AsOf = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaiverProgramYears", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AlertSubscriptions",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Delivery = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Topics = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    States = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    FollowingSinceUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastDigestAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertSubscriptions", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_AlertSubscriptions_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    RoleId = table.Column<string>(type: "nvarchar(450)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    TokenHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ImgProfiles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    MedicalSchoolCountry = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    MedicalSchoolName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    GraduationYear = table.Column<int>(type: "int", nullable: true),
                    EcfmgStatus = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EcfmgCertifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Step1Result = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Step1Date = table.Column<DateOnly>(type: "date", nullable: true),
                    Step2CkScore = table.Column<int>(type: "int", nullable: true),
                    Step2CkDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Step3Score = table.Column<int>(type: "int", nullable: true),
                    Step3Date = table.Column<DateOnly>(type: "date", nullable: true),
                    EnglishProficiencyMet = table.Column<bool>(type: "bit", nullable: false),
                    OetPassed = table.Column<bool>(type: "bit", nullable: false),
                    OetDate = table.Column<DateOnly>(type: "date", nullable: true),
                    PathwayCompleted = table.Column<bool>(type: "bit", nullable: false),
                    PathwayDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CurrentVisa = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VisaNeed = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClinicalExperienceMonths = table.Column<int>(type: "int", nullable: false),
                    FcvsStarted = table.Column<bool>(type: "bit", nullable: false),
                    FcvsStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FcvsCompleted = table.Column<bool>(type: "bit", nullable: false),
                    WantsMentor = table.Column<bool>(type: "bit", nullable: false),
                    RemindersOff = table.Column<bool>(type: "bit", nullable: false),
                    WaiverCycleAlerts = table.Column<bool>(type: "bit", nullable: false),
                    WaiverFewSlotsAlerts = table.Column<bool>(type: "bit", nullable: false),
                    Stage = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImgProfiles", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_ImgProfiles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReminderLogs",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReminderKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReminderLogs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReminderLogs_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SavedCostPlans",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Query = table.Column<string>(type: "nvarchar(600)", maxLength: 600, nullable: false),
                    SavedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SavedCostPlans", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SavedCostPlans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WaiverTimelinePlans",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    StateRecommendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WaiverTimelinePlans", x => x.UserId);
                    table.ForeignKey(
                        name: "FK_WaiverTimelinePlans_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DraftComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    PageDraftId = table.Column<int>(type: "int", nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Text = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftComments_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DraftReviewRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    PageDraftId = table.Column<int>(type: "int", nullable: false),
                    ReviewerUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    RequestedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ApprovedContentVersion = table.Column<Guid>(type: "uniqueidentifier", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftReviewRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftReviewRequests_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageDrafts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SectionsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ScheduledPublishAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ChangeNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    UpdatedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    UpdatedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ContentVersion = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageDrafts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageDrafts_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SourcesChecked = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageReviews_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageRevisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Summary = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    SectionsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PublishedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    PublishedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ChangeNote = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageRevisions_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PageSections",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SortOrder = table.Column<int>(type: "int", nullable: false),
                    Heading = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    BodyMarkdown = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    BodyHtml = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Sources = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    Cycle = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageSections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageSections_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LcaFilings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FiscalYear = table.Column<int>(type: "int", nullable: false),
                    EmployerName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NormalizedEmployer = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Filings = table.Column<int>(type: "int", nullable: false),
                    LcaImportId = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LcaFilings_LcaImports_LcaImportId",
                        column: x => x.LcaImportId,
                        principalTable: "LcaImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MenteeRequestId = table.Column<int>(type: "int", nullable: false),
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    Rank = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorChoices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorChoices_MenteeRequests_MenteeRequestId",
                        column: x => x.MenteeRequestId,
                        principalTable: "MenteeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MentorChoices_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "MentorLanguages",
                columns: table => new
                {
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    Language = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorLanguages", x => new { x.MentorId, x.Language });
                    table.ForeignKey(
                        name: "FK_MentorLanguages_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorLicenses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(2)", maxLength: 2, nullable: false),
                    Number = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    ExpiresOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorLicenses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentorLicenses_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentorTrainingCountries",
                columns: table => new
                {
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    Country = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentorTrainingCountries", x => new { x.MentorId, x.Country });
                    table.ForeignKey(
                        name: "FK_MentorTrainingCountries_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pairings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    MenteeRequestId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RespondedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    EndedBy = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pairings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pairings_MenteeRequests_MenteeRequestId",
                        column: x => x.MenteeRequestId,
                        principalTable: "MenteeRequests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Pairings_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PastApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Decision = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReappliedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PastApplications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PastApplications_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "VettingChecks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    MentorId = table.Column<int>(type: "int", nullable: false),
                    Item = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CheckedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_VettingChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_VettingChecks_Mentors_MentorId",
                        column: x => x.MentorId,
                        principalTable: "Mentors",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProgramConfirmationRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    ProgramId = table.Column<int>(type: "int", nullable: false),
                    CoordinatorEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    SentByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ExpiresAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RemindersSent = table.Column<int>(type: "int", nullable: false),
                    LastReminderAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    UsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ProposedValues = table.Column<string>(type: "nvarchar(4000)", maxLength: 4000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewNote = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProgramConfirmationRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProgramConfirmationRequests_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ShortlistedPrograms",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProgramId = table.Column<int>(type: "int", nullable: false),
                    AddedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShortlistedPrograms", x => new { x.UserId, x.ProgramId });
                    table.ForeignKey(
                        name: "FK_ShortlistedPrograms_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ShortlistedPrograms_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberStepStates",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    RoadmapStepId = table.Column<int>(type: "int", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberStepStates", x => new { x.UserId, x.RoadmapStepId });
                    table.ForeignKey(
                        name: "FK_MemberStepStates_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MemberStepStates_RoadmapSteps_RoadmapStepId",
                        column: x => x.RoadmapStepId,
                        principalTable: "RoadmapSteps",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceChecks",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackedSourceId = table.Column<int>(type: "int", nullable: false),
                    CheckedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    HttpStatus = table.Column<int>(type: "int", nullable: true),
                    DurationMs = table.Column<int>(type: "int", nullable: false),
                    TextHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: true),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceChecks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceChecks_TrackedSources_TrackedSourceId",
                        column: x => x.TrackedSourceId,
                        principalTable: "TrackedSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackedSourceId = table.Column<int>(type: "int", nullable: false),
                    ItemKind = table.Column<string>(type: "nvarchar(60)", maxLength: 60, nullable: false),
                    ItemKey = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    ItemTitle = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false),
                    EditPath = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceCitations_TrackedSources_TrackedSourceId",
                        column: x => x.TrackedSourceId,
                        principalTable: "TrackedSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SourceReviewTasks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    TrackedSourceId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Detail = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    TextBefore = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    TextAfter = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    CitationsJson = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    ResolvedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    Resolution = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Note = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: false),
                    ResolvedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SourceReviewTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SourceReviewTasks_TrackedSources_TrackedSourceId",
                        column: x => x.TrackedSourceId,
                        principalTable: "TrackedSources",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProfileTags",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Value = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProfileTags", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProfileTags_ImgProfiles_UserId",
                        column: x => x.UserId,
                        principalTable: "ImgProfiles",
                        principalColumn: "UserId",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CheckInResponses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Milestone = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Answer = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    AnsweredAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CheckInResponses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CheckInResponses_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MentoringAgreements",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    Goals = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Frequency = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Months = table.Column<int>(type: "int", nullable: false),
                    PlannedEndOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ProposedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    ProposedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ConfirmedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ConfirmedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MentoringAgreements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MentoringAgreements_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingFeedback",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    Side = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Occasion = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false, defaultValue: "AfterClose"),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Rating = table.Column<int>(type: "int", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingFeedback", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingFeedback_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingLogEntries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    AuthorUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: false),
                    Side = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingLogEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingLogEntries_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PairingNotices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    PairingId = table.Column<int>(type: "int", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    SentAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PairingNotices", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PairingNotices_Pairings_PairingId",
                        column: x => x.PairingId,
                        principalTable: "Pairings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_Delivery",
                table: "AlertSubscriptions",
                column: "Delivery");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true,
                filter: "[NormalizedName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActionId",
                table: "AuditEntries",
                column: "ActionId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActorName",
                table: "AuditEntries",
                column: "ActorName");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_AtUtc",
                table: "AuditEntries",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_EntityType_AtUtc",
                table: "AuditEntries",
                columns: new[] { "EntityType", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_TokenHash",
                table: "CalendarFeeds",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLogEntries_PublishedAtUtc",
                table: "ChangeLogEntries",
                column: "PublishedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_ChangeLogEntries_Topic_State_PublishedAtUtc",
                table: "ChangeLogEntries",
                columns: new[] { "Topic", "State", "PublishedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CheckInResponses_Answer",
                table: "CheckInResponses",
                column: "Answer");

            migrationBuilder.CreateIndex(
                name: "IX_CheckInResponses_PairingId_Side_Milestone",
                table: "CheckInResponses",
                columns: new[] { "PairingId", "Side", "Milestone" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ContactPoints_SortOrder",
                table: "ContactPoints",
                column: "SortOrder");

            migrationBuilder.CreateIndex(
                name: "IX_DraftComments_GuidancePageId",
                table: "DraftComments",
                column: "GuidancePageId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftComments_PageDraftId_WrittenAtUtc",
                table: "DraftComments",
                columns: new[] { "PageDraftId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_GuidancePageId",
                table: "DraftReviewRequests",
                column: "GuidancePageId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_PageDraftId",
                table: "DraftReviewRequests",
                column: "PageDraftId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_ReviewerUserId_Status",
                table: "DraftReviewRequests",
                columns: new[] { "ReviewerUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Fees_Item_AppliesTo_TierFrom",
                table: "Fees",
                columns: new[] { "Item", "AppliesTo", "TierFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTerms_Term",
                table: "GlossaryTerms",
                column: "Term",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidancePages_RetiredAtUtc",
                table: "GuidancePages",
                column: "RetiredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_GuidancePages_Slug",
                table: "GuidancePages",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_GuidancePages_SortOrder",
                table: "GuidancePages",
                column: "SortOrder");

            migrationBuilder.CreateIndex(
                name: "IX_ImgProfiles_Stage",
                table: "ImgProfiles",
                column: "Stage");

            migrationBuilder.CreateIndex(
                name: "IX_ImgProfiles_VisaNeed",
                table: "ImgProfiles",
                column: "VisaNeed");

            migrationBuilder.CreateIndex(
                name: "IX_ImgProfiles_WantsMentor",
                table: "ImgProfiles",
                column: "WantsMentor");

            migrationBuilder.CreateIndex(
                name: "IX_LcaEmployerMatches_NormalizedEmployer_NormalizedInstitution",
                table: "LcaEmployerMatches",
                columns: new[] { "NormalizedEmployer", "NormalizedInstitution" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LcaEmployerMatches_NormalizedInstitution_Decision",
                table: "LcaEmployerMatches",
                columns: new[] { "NormalizedInstitution", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_FiscalYear_NormalizedEmployer",
                table: "LcaFilings",
                columns: new[] { "FiscalYear", "NormalizedEmployer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_LcaImportId",
                table: "LcaFilings",
                column: "LcaImportId");

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_NormalizedEmployer",
                table: "LcaFilings",
                column: "NormalizedEmployer");

            migrationBuilder.CreateIndex(
                name: "IX_LcaImports_Status",
                table: "LcaImports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_MemberOutcomes_UserId",
                table: "MemberOutcomes",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberStepStates_RoadmapStepId",
                table: "MemberStepStates",
                column: "RoadmapStepId");

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequests_MemberUserId_Status",
                table: "MenteeRequests",
                columns: new[] { "MemberUserId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_MenteeRequests_Status_CreatedAtUtc",
                table: "MenteeRequests",
                columns: new[] { "Status", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorChoices_MenteeRequestId_MentorId",
                table: "MentorChoices",
                columns: new[] { "MenteeRequestId", "MentorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorChoices_MenteeRequestId_Rank",
                table: "MentorChoices",
                columns: new[] { "MenteeRequestId", "Rank" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorChoices_MentorId",
                table: "MentorChoices",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_MentoringAgreements_PairingId",
                table: "MentoringAgreements",
                column: "PairingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorLanguages_Language_MentorId",
                table: "MentorLanguages",
                columns: new[] { "Language", "MentorId" });

            migrationBuilder.CreateIndex(
                name: "IX_MentorLicenses_ExpiresOn",
                table: "MentorLicenses",
                column: "ExpiresOn");

            migrationBuilder.CreateIndex(
                name: "IX_MentorLicenses_MentorId",
                table: "MentorLicenses",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_AppliedAtUtc",
                table: "Mentors",
                columns: new[] { "Status", "AppliedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_Specialty_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "Specialty", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_Specialty_State_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "Specialty", "State", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_State_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "State", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_UserId",
                table: "Mentors",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MentorTrainingCountries_Country_MentorId",
                table: "MentorTrainingCountries",
                columns: new[] { "Country", "MentorId" });

            migrationBuilder.CreateIndex(
                name: "IX_Organizations_SortOrder",
                table: "Organizations",
                column: "SortOrder");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_SentAtUtc_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "SentAtUtc", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PageDrafts_GuidancePageId",
                table: "PageDrafts",
                column: "GuidancePageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PageDrafts_ScheduledPublishAtUtc",
                table: "PageDrafts",
                column: "ScheduledPublishAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PageReviews_GuidancePageId_ReviewedAtUtc",
                table: "PageReviews",
                columns: new[] { "GuidancePageId", "ReviewedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_PageRevisions_GuidancePageId_Number",
                table: "PageRevisions",
                columns: new[] { "GuidancePageId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PageSections_GuidancePageId_SortOrder",
                table: "PageSections",
                columns: new[] { "GuidancePageId", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_PairingFeedback_OnceAfterClose",
                table: "PairingFeedback",
                columns: new[] { "PairingId", "AuthorUserId" },
                unique: true,
                filter: "\"Occasion\" = 'AfterClose'");

            migrationBuilder.CreateIndex(
                name: "IX_PairingFeedback_PairingId_AuthorUserId",
                table: "PairingFeedback",
                columns: new[] { "PairingId", "AuthorUserId" });

            migrationBuilder.CreateIndex(
                name: "IX_PairingLogEntries_PairingId_Kind_OccurredOn",
                table: "PairingLogEntries",
                columns: new[] { "PairingId", "Kind", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PairingNotices_PairingId_Kind",
                table: "PairingNotices",
                columns: new[] { "PairingId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_MenteeRequestId_State",
                table: "Pairings",
                columns: new[] { "MenteeRequestId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_MentorId_State",
                table: "Pairings",
                columns: new[] { "MentorId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_Pairings_State",
                table: "Pairings",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_PastApplications_MentorId",
                table: "PastApplications",
                column: "MentorId");

            migrationBuilder.CreateIndex(
                name: "IX_ProfileTags_Kind_Value",
                table: "ProfileTags",
                columns: new[] { "Kind", "Value" });

            migrationBuilder.CreateIndex(
                name: "IX_ProfileTags_UserId_Kind_Value",
                table: "ProfileTags",
                columns: new[] { "UserId", "Kind", "Value" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProgramConfirmationRequests_ProgramId_Status",
                table: "ProgramConfirmationRequests",
                columns: new[] { "ProgramId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgramConfirmationRequests_Status",
                table: "ProgramConfirmationRequests",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Key",
                table: "Programs",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Programs_LastConfirmedByProgram",
                table: "Programs",
                column: "LastConfirmedByProgram");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Name",
                table: "Programs",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Programs_Specialty_Area",
                table: "Programs",
                columns: new[] { "Specialty", "Area" });

            migrationBuilder.CreateIndex(
                name: "IX_ReminderLogs_UserId_ReminderKey",
                table: "ReminderLogs",
                columns: new[] { "UserId", "ReminderKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapSteps_Key",
                table: "RoadmapSteps",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RoadmapSteps_SortOrder",
                table: "RoadmapSteps",
                column: "SortOrder");

            migrationBuilder.CreateIndex(
                name: "IX_SavedCostPlans_UserId",
                table: "SavedCostPlans",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SeasonDates_Cycle_Date",
                table: "SeasonDates",
                columns: new[] { "Cycle", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_ShortlistedPrograms_ProgramId",
                table: "ShortlistedPrograms",
                column: "ProgramId");

            migrationBuilder.CreateIndex(
                name: "IX_SourceChecks_TrackedSourceId_Id",
                table: "SourceChecks",
                columns: new[] { "TrackedSourceId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceCitations_TrackedSourceId_ItemKind_ItemKey",
                table: "SourceCitations",
                columns: new[] { "TrackedSourceId", "ItemKind", "ItemKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SourceReviewTasks_ResolvedAtUtc_TrackedSourceId",
                table: "SourceReviewTasks",
                columns: new[] { "ResolvedAtUtc", "TrackedSourceId" });

            migrationBuilder.CreateIndex(
                name: "IX_SourceReviewTasks_TrackedSourceId",
                table: "SourceReviewTasks",
                column: "TrackedSourceId");

            migrationBuilder.CreateIndex(
                name: "IX_StatePathways_State_Status",
                table: "StatePathways",
                columns: new[] { "State", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatePathways_Status_Kind",
                table: "StatePathways",
                columns: new[] { "Status", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedSources_Cited_Id",
                table: "TrackedSources",
                columns: new[] { "Cited", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TrackedSources_Url",
                table: "TrackedSources",
                column: "Url",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_VettingChecks_MentorId_Item",
                table: "VettingChecks",
                columns: new[] { "MentorId", "Item" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_WaiverProgramYears_ProgramName_Year",
                table: "WaiverProgramYears",
                columns: new[] { "ProgramName", "Year" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertSubscriptions");

            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropTable(
                name: "ChangeLogEntries");

            migrationBuilder.DropTable(
                name: "CheckInResponses");

            migrationBuilder.DropTable(
                name: "ContactPoints");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DraftComments");

            migrationBuilder.DropTable(
                name: "DraftReviewRequests");

            migrationBuilder.DropTable(
                name: "Fees");

            migrationBuilder.DropTable(
                name: "GlossaryTerms");

            migrationBuilder.DropTable(
                name: "JobLeases");

            migrationBuilder.DropTable(
                name: "LcaEmployerMatches");

            migrationBuilder.DropTable(
                name: "LcaFilings");

            migrationBuilder.DropTable(
                name: "MemberOutcomes");

            migrationBuilder.DropTable(
                name: "MemberStepStates");

            migrationBuilder.DropTable(
                name: "MentorChoices");

            migrationBuilder.DropTable(
                name: "MentoringAgreements");

            migrationBuilder.DropTable(
                name: "MentoringSettings");

            migrationBuilder.DropTable(
                name: "MentorLanguages");

            migrationBuilder.DropTable(
                name: "MentorLicenses");

            migrationBuilder.DropTable(
                name: "MentorTrainingCountries");

            migrationBuilder.DropTable(
                name: "Organizations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "PageDrafts");

            migrationBuilder.DropTable(
                name: "PageReviews");

            migrationBuilder.DropTable(
                name: "PageRevisions");

            migrationBuilder.DropTable(
                name: "PageSections");

            migrationBuilder.DropTable(
                name: "PairingFeedback");

            migrationBuilder.DropTable(
                name: "PairingLogEntries");

            migrationBuilder.DropTable(
                name: "PairingNotices");

            migrationBuilder.DropTable(
                name: "PastApplications");

            migrationBuilder.DropTable(
                name: "ProfileTags");

            migrationBuilder.DropTable(
                name: "ProgramConfirmationRequests");

            migrationBuilder.DropTable(
                name: "ReminderLogs");

            migrationBuilder.DropTable(
                name: "SavedCostPlans");

            migrationBuilder.DropTable(
                name: "SeasonDates");

            migrationBuilder.DropTable(
                name: "ShortlistedPrograms");

            migrationBuilder.DropTable(
                name: "SourceChecks");

            migrationBuilder.DropTable(
                name: "SourceCitations");

            migrationBuilder.DropTable(
                name: "SourceReviewTasks");

            migrationBuilder.DropTable(
                name: "StatePathways");

            migrationBuilder.DropTable(
                name: "VettingChecks");

            migrationBuilder.DropTable(
                name: "WaiverProgramYears");

            migrationBuilder.DropTable(
                name: "WaiverTimelinePlans");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "LcaImports");

            migrationBuilder.DropTable(
                name: "RoadmapSteps");

            migrationBuilder.DropTable(
                name: "GuidancePages");

            migrationBuilder.DropTable(
                name: "Pairings");

            migrationBuilder.DropTable(
                name: "ImgProfiles");

            migrationBuilder.DropTable(
                name: "Programs");

            migrationBuilder.DropTable(
                name: "TrackedSources");

            migrationBuilder.DropTable(
                name: "MenteeRequests");

            migrationBuilder.DropTable(
                name: "Mentors");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
