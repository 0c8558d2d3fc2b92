using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class UsSpellingOrganizations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Written by hand: the entity's name took US spelling; the rows stay (EF would drop and re-create).
            migrationBuilder.RenameTable(name: "Organisations", newName: "Organizations");
            migrationBuilder.RenameIndex(name: "IX_Organisations_SortOrder", table: "Organizations", newName: "IX_Organizations_SortOrder");
            migrationBuilder.Sql("UPDATE \"GuidancePages\" SET \"Feature\" = 'Organizations' WHERE \"Feature\" = 'Organisations';");
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'Organization' WHERE \"EntityType\" = 'Organisation';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"EntityType\" = 'Organisation' WHERE \"EntityType\" = 'Organization';");
            migrationBuilder.Sql("UPDATE \"GuidancePages\" SET \"Feature\" = 'Organisations' WHERE \"Feature\" = 'Organizations';");
            migrationBuilder.RenameIndex(name: "IX_Organizations_SortOrder", table: "Organizations", newName: "IX_Organisations_SortOrder");
            migrationBuilder.RenameTable(name: "Organizations", newName: "Organisations");
        }
    }
}
