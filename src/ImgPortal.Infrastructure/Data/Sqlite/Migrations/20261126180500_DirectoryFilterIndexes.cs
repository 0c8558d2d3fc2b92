using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class DirectoryFilterIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_DisplayName",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_Specialty_DisplayName",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_State_DisplayName",
                table: "Mentors");

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_Specialty_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "Specialty", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_Specialty_State_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "Specialty", "State", "DisplayName", "ListInDirectory" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_State_DisplayName_ListInDirectory",
                table: "Mentors",
                columns: new[] { "Status", "State", "DisplayName", "ListInDirectory" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_DisplayName_ListInDirectory",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_Specialty_DisplayName_ListInDirectory",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_Specialty_State_DisplayName_ListInDirectory",
                table: "Mentors");

            migrationBuilder.DropIndex(
                name: "IX_Mentors_Status_State_DisplayName_ListInDirectory",
                table: "Mentors");

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_DisplayName",
                table: "Mentors",
                columns: new[] { "Status", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_Specialty_DisplayName",
                table: "Mentors",
                columns: new[] { "Status", "Specialty", "DisplayName" });

            migrationBuilder.CreateIndex(
                name: "IX_Mentors_Status_State_DisplayName",
                table: "Mentors",
                columns: new[] { "Status", "State", "DisplayName" });
        }
    }
}
