using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class H22b : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "SeasonDates",
                type: "date",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "date");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckedOn",
                table: "SeasonDates",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Milestone",
                table: "SeasonDates",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "SeasonDates",
                type: "nvarchar(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "SeasonDates",
                type: "nvarchar(2000)",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UsuallyWhen",
                table: "SeasonDates",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckedOn",
                table: "SeasonDates");

            migrationBuilder.DropColumn(
                name: "Milestone",
                table: "SeasonDates");

            migrationBuilder.DropColumn(
                name: "Organization",
                table: "SeasonDates");

            migrationBuilder.DropColumn(
                name: "Sources",
                table: "SeasonDates");

            migrationBuilder.DropColumn(
                name: "UsuallyWhen",
                table: "SeasonDates");

            migrationBuilder.AlterColumn<DateOnly>(
                name: "Date",
                table: "SeasonDates",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "date",
                oldNullable: true);
        }
    }
}
