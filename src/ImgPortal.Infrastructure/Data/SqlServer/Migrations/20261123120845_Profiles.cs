using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Profiles : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    CurrentVisa = table.Column<string>(type: "nvarchar(40)", maxLength: 40, nullable: false),
                    VisaNeed = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    ClinicalExperienceMonths = table.Column<int>(type: "int", nullable: false),
                    FcvsStarted = table.Column<bool>(type: "bit", nullable: false),
                    FcvsStartedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FcvsCompleted = table.Column<bool>(type: "bit", nullable: false),
                    WantsMentor = table.Column<bool>(type: "bit", nullable: false),
                    RemindersOff = table.Column<bool>(type: "bit", nullable: false),
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
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
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
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Cycle = table.Column<int>(type: "int", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeasonDates", x => x.Id);
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
                name: "IX_MemberStepStates_RoadmapStepId",
                table: "MemberStepStates",
                column: "RoadmapStepId");

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
                name: "IX_SeasonDates_Cycle_Date",
                table: "SeasonDates",
                columns: new[] { "Cycle", "Date" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberStepStates");

            migrationBuilder.DropTable(
                name: "ProfileTags");

            migrationBuilder.DropTable(
                name: "ReminderLogs");

            migrationBuilder.DropTable(
                name: "SeasonDates");

            migrationBuilder.DropTable(
                name: "RoadmapSteps");

            migrationBuilder.DropTable(
                name: "ImgProfiles");
        }
    }
}
