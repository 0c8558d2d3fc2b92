using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
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
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            // Entries written before actions were grouped stay one entry each (ADR 0049).
            migrationBuilder.Sql(@"UPDATE [AuditEntries] SET [ActionId] = CONCAT('row-', [Id]) WHERE [ActionId] = N'';");

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
