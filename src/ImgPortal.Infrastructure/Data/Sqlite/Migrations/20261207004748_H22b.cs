using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(DateOnly),
                oldType: "TEXT");

            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckedOn",
                table: "SeasonDates",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Milestone",
                table: "SeasonDates",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "Organization",
                table: "SeasonDates",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Other");

            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "SeasonDates",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UsuallyWhen",
                table: "SeasonDates",
                type: "TEXT",
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
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1),
                oldClrType: typeof(DateOnly),
                oldType: "TEXT",
                oldNullable: true);
        }
    }
}
