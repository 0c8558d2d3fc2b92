using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class State30SlotTracker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CycleStatus",
                table: "WaiverProgramYears",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Unknown");

            migrationBuilder.AddColumn<int>(
                name: "FlexUsed",
                table: "WaiverProgramYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "SlotsReported",
                table: "WaiverProgramYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "SlotsUsed",
                table: "WaiverProgramYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "SourceUrl",
                table: "WaiverProgramYears",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CycleStatus",
                table: "WaiverProgramYears");

            migrationBuilder.DropColumn(
                name: "FlexUsed",
                table: "WaiverProgramYears");

            migrationBuilder.DropColumn(
                name: "SlotsReported",
                table: "WaiverProgramYears");

            migrationBuilder.DropColumn(
                name: "SlotsUsed",
                table: "WaiverProgramYears");

            migrationBuilder.DropColumn(
                name: "SourceUrl",
                table: "WaiverProgramYears");
        }
    }
}
