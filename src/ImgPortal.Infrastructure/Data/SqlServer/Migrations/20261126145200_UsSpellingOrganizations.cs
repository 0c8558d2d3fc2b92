using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class UsSpellingOrganizations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: the entity's name took US spelling; the rows stay (EF would drop and re-create).
            migrationBuilder.DropPrimaryKey(name: "PK_Organisations", table: "Organisations");
            migrationBuilder.RenameTable(name: "Organisations", newName: "Organizations");
            migrationBuilder.AddPrimaryKey(name: "PK_Organizations", table: "Organizations", column: "Id");
            migrationBuilder.RenameIndex(name: "IX_Organisations_SortOrder", table: "Organizations", newName: "IX_Organizations_SortOrder");
            migrationBuilder.Sql("UPDATE [GuidancePages] SET [Feature] = N'Organizations' WHERE [Feature] = N'Organisations';");
            migrationBuilder.Sql("UPDATE [AuditEntries] SET [EntityType] = N'Organization' WHERE [EntityType] = N'Organisation';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE [AuditEntries] SET [EntityType] = N'Organisation' WHERE [EntityType] = N'Organization';");
            migrationBuilder.Sql("UPDATE [GuidancePages] SET [Feature] = N'Organisations' WHERE [Feature] = N'Organizations';");
            migrationBuilder.RenameIndex(name: "IX_Organizations_SortOrder", table: "Organizations", newName: "IX_Organisations_SortOrder");
            migrationBuilder.DropPrimaryKey(name: "PK_Organizations", table: "Organizations");
            migrationBuilder.RenameTable(name: "Organizations", newName: "Organisations");
            migrationBuilder.AddPrimaryKey(name: "PK_Organisations", table: "Organisations", column: "Id");
        }
    }
}
