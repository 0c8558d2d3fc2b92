using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class MentoringAccountsAndHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_MenteeRequests_AspNetUsers_MemberUserId",
                table: "MenteeRequests");

            migrationBuilder.DropForeignKey(
                name: "FK_Mentors_AspNetUsers_UserId",
                table: "Mentors");

            migrationBuilder.CreateTable(
                name: "PastApplications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    MentorId = table.Column<int>(type: "INTEGER", nullable: false),
                    AppliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ReappliedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
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

            migrationBuilder.CreateIndex(
                name: "IX_PastApplications_MentorId",
                table: "PastApplications",
                column: "MentorId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PastApplications");

            migrationBuilder.AddForeignKey(
                name: "FK_MenteeRequests_AspNetUsers_MemberUserId",
                table: "MenteeRequests",
                column: "MemberUserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_Mentors_AspNetUsers_UserId",
                table: "Mentors",
                column: "UserId",
                principalTable: "AspNetUsers",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
