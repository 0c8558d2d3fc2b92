using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class H23b : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LcaEmployerMatches",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    NormalizedEmployer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InstitutionName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedInstitution = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    DecidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    DecidedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaEmployerMatches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LcaImports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    StoredName = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UploadedByUserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RowsRead = table.Column<long>(type: "INTEGER", nullable: false),
                    RowsTotal = table.Column<long>(type: "INTEGER", nullable: true),
                    RowsKept = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYears = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaImports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LcaFilings",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    EmployerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NormalizedEmployer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Filings = table.Column<int>(type: "INTEGER", nullable: false),
                    LcaImportId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LcaFilings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LcaFilings_LcaImports_LcaImportId",
                        column: x => x.LcaImportId,
                        principalTable: "LcaImports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LcaEmployerMatches_NormalizedEmployer_NormalizedInstitution",
                table: "LcaEmployerMatches",
                columns: new[] { "NormalizedEmployer", "NormalizedInstitution" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LcaEmployerMatches_NormalizedInstitution_Decision",
                table: "LcaEmployerMatches",
                columns: new[] { "NormalizedInstitution", "Decision" });

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_FiscalYear_NormalizedEmployer",
                table: "LcaFilings",
                columns: new[] { "FiscalYear", "NormalizedEmployer" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_LcaImportId",
                table: "LcaFilings",
                column: "LcaImportId");

            migrationBuilder.CreateIndex(
                name: "IX_LcaFilings_NormalizedEmployer",
                table: "LcaFilings",
                column: "NormalizedEmployer");

            migrationBuilder.CreateIndex(
                name: "IX_LcaImports_Status",
                table: "LcaImports",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LcaEmployerMatches");

            migrationBuilder.DropTable(
                name: "LcaFilings");

            migrationBuilder.DropTable(
                name: "LcaImports");
        }
    }
}
