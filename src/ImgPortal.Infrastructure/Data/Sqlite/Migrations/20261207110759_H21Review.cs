using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class H21Review : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ContentVersion",
                table: "PageDrafts",
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            migrationBuilder.CreateTable(
                name: "DraftComments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuidancePageId = table.Column<int>(type: "INTEGER", nullable: false),
                    PageDraftId = table.Column<int>(type: "INTEGER", nullable: false),
                    AuthorUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    AuthorName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    WrittenAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftComments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftComments_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DraftReviewRequests",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    GuidancePageId = table.Column<int>(type: "INTEGER", nullable: false),
                    PageDraftId = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewerUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    ReviewerName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    RequestedByName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    RequestedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ApprovedContentVersion = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DraftReviewRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DraftReviewRequests_GuidancePages_GuidancePageId",
                        column: x => x.GuidancePageId,
                        principalTable: "GuidancePages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DraftComments_GuidancePageId",
                table: "DraftComments",
                column: "GuidancePageId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftComments_PageDraftId_WrittenAtUtc",
                table: "DraftComments",
                columns: new[] { "PageDraftId", "WrittenAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_GuidancePageId",
                table: "DraftReviewRequests",
                column: "GuidancePageId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_PageDraftId",
                table: "DraftReviewRequests",
                column: "PageDraftId");

            migrationBuilder.CreateIndex(
                name: "IX_DraftReviewRequests_ReviewerUserId_Status",
                table: "DraftReviewRequests",
                columns: new[] { "ReviewerUserId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DraftComments");

            migrationBuilder.DropTable(
                name: "DraftReviewRequests");

            migrationBuilder.DropColumn(
                name: "ContentVersion",
                table: "PageDrafts");
        }
    }
}
