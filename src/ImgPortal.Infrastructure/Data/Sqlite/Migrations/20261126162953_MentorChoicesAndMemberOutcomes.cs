using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MentorChoicesAndMemberOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "MemberOutcomes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    InterviewCount = table.Column<int>(type: "INTEGER", nullable: true),
                    Program = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Specialty = table.Column<string>(type: "TEXT", maxLength: 60, nullable: true),
                    MatchYear = table.Column<int>(type: "INTEGER", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberOutcomes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MentorChoices",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MenteeRequestId = table.Column<int>(type: "INTEGER", nullable: false),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Rank = table.Column<int>(type: "INTEGER", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_MemberOutcomes_UserId",
                table: "MemberOutcomes",
                column: "UserId");

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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MemberOutcomes");

            migrationBuilder.DropTable(
                name: "MentorChoices");
        }
    }
}
