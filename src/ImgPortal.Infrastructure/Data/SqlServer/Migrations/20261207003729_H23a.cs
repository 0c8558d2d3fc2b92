using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class H23a : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                    Version = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Programs", x => x.Id);
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
                name: "IX_ShortlistedPrograms_ProgramId",
                table: "ShortlistedPrograms",
                column: "ProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShortlistedPrograms");

            migrationBuilder.DropTable(
                name: "Programs");
        }
    }
}
