using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class H21Mentor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "OrientationReadAtUtc",
                table: "Mentors",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShareRoadmapWithMentor",
                table: "MenteeRequests",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OrientationReadAtUtc",
                table: "Mentors");

            migrationBuilder.DropColumn(
                name: "ShareRoadmapWithMentor",
                table: "MenteeRequests");
        }
    }
}
