using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class H22f : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OetDate",
                table: "ImgProfiles",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "OetPassed",
                table: "ImgProfiles",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "PathwayCompleted",
                table: "ImgProfiles",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateOnly>(
                name: "PathwayDate",
                table: "ImgProfiles",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "OetDate",
                table: "ImgProfiles");

            migrationBuilder.DropColumn(
                name: "OetPassed",
                table: "ImgProfiles");

            migrationBuilder.DropColumn(
                name: "PathwayCompleted",
                table: "ImgProfiles");

            migrationBuilder.DropColumn(
                name: "PathwayDate",
                table: "ImgProfiles");
        }
    }
}
