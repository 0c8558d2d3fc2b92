using ImgPortal.Core.Common;
using ImgPortal.Core.Content;
using ImgPortal.Core.Content.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.IntegrationTests.Content.Editing;

/// <summary>Creating pages: hidden until first published, at an address that is free. On real SQLite, with a fake clock and a fake signed-in user.</summary>
public sealed class PageAdministrationTests : StaffEditingTestBase
{
    [Fact]
    public async Task CreatePage_ThenPublish_HiddenFromVisitorsUntilPublished()
    {
        await using var database = await CreateAsync();

        var created = await WithEditing(database, pages => pages.Administration.CreatePageAsync(new NewPage("visa-basics", "Visa basics", "What a visa is.", "US Department of State", "Visas")));
        var id = created.Id!.Value;
        var hidden = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().GetPageAsync("visa-basics"));
        var navBefore = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().ListNavigationAsync());
        await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            return await pages.Publishing.PublishAsync(id, editor.VersionToken, "First version");
        });
        var shown = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().GetPageAsync("visa-basics"));
        var navAfter = await database.WithAsync(services => services.GetRequiredService<IGuidanceService>().ListNavigationAsync());

        Assert.True(created.Succeeded);
        Assert.Null(hidden);
        Assert.DoesNotContain(navBefore, l => l.Slug == "visa-basics");
        Assert.Equal("Visa basics", shown!.Title);
        Assert.Equal("US Department of State", shown.Source);
        Assert.Contains(navAfter, l => l.Slug == "visa-basics" && l.Label == "Visas");
    }

    [Fact]
    public async Task CreatePage_ReservedOrTakenAddress_IsRefusedOnTheAddressField()
    {
        await using var database = await CreateAsync();

        var reserved = await WithEditing(database, pages => pages.Administration.CreatePageAsync(new NewPage("search", "T", "S", "Src", null)));
        var taken = await WithEditing(database, pages => pages.Administration.CreatePageAsync(new NewPage("echo", "T", "S", "Src", null)));

        Assert.Equal(OutcomeKind.Invalid, reserved.Kind);
        Assert.Equal("Slug", reserved.Errors[0].Field);
        Assert.Contains("/search is already a part of the portal", reserved.Message, StringComparison.Ordinal);
        Assert.Equal(OutcomeKind.Invalid, taken.Kind);
        Assert.Contains("There is already a page at /echo", taken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SaveSettings_EveryFieldWrong_RefusesEachFieldAtOnceAndSavesNothing()
    {
        await using var database = await CreateAsync();
        var settings = new PageSettings(" ", new string('m', PageRules.NavigationLabelMaxLength + 1), PageRules.MaxSortOrder + 1, "not-a-staff-member", 0);

        var id = await PageIdAsync(database, "echo");
        var saved = await WithEditing(database, async pages =>
        {
            var editor = (await pages.Drafts.GetEditorAsync(id))!;
            return await pages.Administration.SaveSettingsAsync(id, settings, editor.Facts.PageVersion);
        });
        var validated = await WithEditing(database, async pages => Outcome.Invalid(await pages.Administration.ValidateSettingsAsync(settings)));

        Assert.Equal(OutcomeKind.Invalid, saved.Kind);
        Assert.Equal(
            [nameof(PageSettings.Source), nameof(PageSettings.NavigationLabel), nameof(PageSettings.SortOrder), nameof(PageSettings.ReviewIntervalMonths), nameof(PageSettings.OwnerUserId)],
            saved.Errors.Select(e => e.Field).ToArray());
        Assert.Equal(saved.Errors, validated.Errors);
        Assert.Equal(PageMessages.OwnerFromList, saved.Errors[^1].Message);
    }
}
