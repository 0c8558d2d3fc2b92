using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class H21Feedback : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PairingFeedback_PairingId_AuthorUserId",
                table: "PairingFeedback");

            migrationBuilder.AddColumn<string>(
                name: "Occasion",
                table: "PairingFeedback",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "AfterClose");

            migrationBuilder.CreateIndex(
                name: "IX_PairingFeedback_PairingId_AuthorUserId",
                table: "PairingFeedback",
                columns: new[] { "PairingId", "AuthorUserId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PairingFeedback_PairingId_AuthorUserId",
                table: "PairingFeedback");

            migrationBuilder.DropColumn(
                name: "Occasion",
                table: "PairingFeedback");

            migrationBuilder.CreateIndex(
                name: "IX_PairingFeedback_PairingId_AuthorUserId",
                table: "PairingFeedback",
                columns: new[] { "PairingId", "AuthorUserId" },
                unique: true);
        }
    }
}
