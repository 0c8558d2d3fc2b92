using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
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
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "ShareRoadmapWithMentor",
                table: "MenteeRequests",
                type: "bit",
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
