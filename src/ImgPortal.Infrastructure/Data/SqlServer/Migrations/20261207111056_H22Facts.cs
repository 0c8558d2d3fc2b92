using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class H22Facts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SeededHash",
                table: "GlossaryTerms",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SeededHash",
                table: "Fees",
                type: "nvarchar(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SeededHash",
                table: "GlossaryTerms");

            migrationBuilder.DropColumn(
                name: "SeededHash",
                table: "Fees");
        }
    }
}
