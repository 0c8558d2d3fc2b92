using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AuditActions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActionId",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Entries written before actions were grouped stay one entry each (ADR 0049).
            migrationBuilder.Sql(@"UPDATE ""AuditEntries"" SET ""ActionId"" = 'row-' || CAST(""Id"" AS TEXT) WHERE ""ActionId"" = '';");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ActionId",
                table: "AuditEntries",
                column: "ActionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_ActionId",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "ActionId",
                table: "AuditEntries");
        }
    }
}
