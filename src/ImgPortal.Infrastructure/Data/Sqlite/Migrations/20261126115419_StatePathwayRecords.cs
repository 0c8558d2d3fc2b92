using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ImgPortal.Infrastructure.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class StatePathwayRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The old flat records cannot be read as the new ones: empty the table; the initializer seeds the verified records.
            migrationBuilder.Sql("DELETE FROM StatePathways;");

            migrationBuilder.DropIndex(
                name: "IX_StatePathways_State",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "AsOf",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Requirements",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Source",
                table: "StatePathways");

            migrationBuilder.AddColumn<string>(
                name: "BillCitation",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ConversionToFullLicense",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ConversionToFullLicenseStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EcfmgCertification",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EcfmgCertificationStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EffectiveOn",
                table: "StatePathways",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EnactedOn",
                table: "StatePathways",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndsOn",
                table: "StatePathways",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EnglishTest",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnglishTestStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ImmigrationStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ImmigrationStatusStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "JobOfferOrSponsor",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "JobOfferOrSponsorStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Name",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 150,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PracticeSetting",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PracticeSettingStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Sources",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 3000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "StatuteCitation",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Summary",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 1000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SupervisedPeriod",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "SupervisedPeriodStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TrainingOrPracticeAbroad",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TrainingOrPracticeAbroadStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UsmleSteps",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "UsmleStepsStatus",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_StatePathways_State_Status",
                table: "StatePathways",
                columns: new[] { "State", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_StatePathways_Status_Kind",
                table: "StatePathways",
                columns: new[] { "Status", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DELETE FROM StatePathways;");

            migrationBuilder.DropIndex(
                name: "IX_StatePathways_State_Status",
                table: "StatePathways");

            migrationBuilder.DropIndex(
                name: "IX_StatePathways_Status_Kind",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "BillCitation",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "ConversionToFullLicense",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "ConversionToFullLicenseStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EcfmgCertification",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EcfmgCertificationStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EffectiveOn",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EnactedOn",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EndsOn",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EnglishTest",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "EnglishTestStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "ImmigrationStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "ImmigrationStatusStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "JobOfferOrSponsor",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "JobOfferOrSponsorStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Name",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "PracticeSetting",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "PracticeSettingStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Sources",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "StatuteCitation",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "Summary",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "SupervisedPeriod",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "SupervisedPeriodStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "TrainingOrPracticeAbroad",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "TrainingOrPracticeAbroadStatus",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "UsmleSteps",
                table: "StatePathways");

            migrationBuilder.DropColumn(
                name: "UsmleStepsStatus",
                table: "StatePathways");

            migrationBuilder.AddColumn<DateOnly>(
                name: "AsOf",
                table: "StatePathways",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Requirements",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 2000,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Source",
                table: "StatePathways",
                type: "TEXT",
                maxLength: 500,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_StatePathways_State",
                table: "StatePathways",
                column: "State");
        }
    }
}
