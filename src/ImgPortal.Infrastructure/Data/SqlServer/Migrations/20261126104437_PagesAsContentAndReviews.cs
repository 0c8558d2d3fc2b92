using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class PagesAsContentAndReviews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "PageRevisions",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ChangeNote",
                table: "PageDrafts",
                type: "nvarchar(500)",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<bool>(
                name: "AwaitingFirstPublication",
                table: "GuidancePages",
                type: "bit",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "NavigationLabel",
                table: "GuidancePages",
                type: "nvarchar(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "GuidancePages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OwnerUserId",
                table: "GuidancePages",
                type: "nvarchar(450)",
                maxLength: 450,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "RetiredAtUtc",
                table: "GuidancePages",
                type: "datetime2",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RetiredRedirectTo",
                table: "GuidancePages",
                type: "nvarchar(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "ReviewIntervalMonths",
                table: "GuidancePages",
                type: "int",
                nullable: false,
                defaultValue: 12);

            // The pages that were in the fixed main menu keep their place in it.
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'Residency' WHERE Slug = 'residency';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'J-1 waiver' WHERE Slug = 'j1-waiver';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'ECHO' WHERE Slug = 'echo';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'Credentialing' WHERE Slug = 'credentialing';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'Mentoring' WHERE Slug = 'mentoring';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'State pathways' WHERE Slug = 'state-pathways';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'Get involved' WHERE Slug = 'get-involved';");
            migrationBuilder.Sql("UPDATE GuidancePages SET NavigationLabel = 'Contact' WHERE Slug = 'contact';");

            migrationBuilder.CreateTable(
                name: "PageReviews",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    GuidancePageId = table.Column<int>(type: "int", nullable: false),
                    ReviewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReviewedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    ReviewedByUserId = table.Column<string>(type: "nvarchar(450)", maxLength: 450, nullable: true),
                    ReviewedByName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    SourcesChecked = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PageReviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PageReviews_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_GuidancePages_RetiredAtUtc",
                table: "GuidancePages",
                column: "RetiredAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_PageReviews_GuidancePageId_ReviewedAtUtc",
                table: "PageReviews",
                columns: new[] { "GuidancePageId", "ReviewedAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PageReviews");

            migrationBuilder.DropIndex(
                name: "IX_GuidancePages_RetiredAtUtc",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "ChangeNote",
                table: "PageRevisions");

            migrationBuilder.DropColumn(
                name: "ChangeNote",
                table: "PageDrafts");

            migrationBuilder.DropColumn(
                name: "AwaitingFirstPublication",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "NavigationLabel",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "OwnerUserId",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "RetiredAtUtc",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "RetiredRedirectTo",
                table: "GuidancePages");

            migrationBuilder.DropColumn(
                name: "ReviewIntervalMonths",
                table: "GuidancePages");
        }
    }
}
