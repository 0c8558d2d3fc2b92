using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Identity;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.FunctionalTests.Mentoring.MentoringSteps;

namespace ImgPortal.FunctionalTests.Mentoring;

/// <summary>The volunteer treated as a colleague: the form starts from their name, staff do not re-tick what they accepted.</summary>
public sealed class MentorAsColleagueTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Volunteer_RegisteredName_StartsTheNameShownToMentees()
    {
        var email = $"volunteer-{Guid.NewGuid():N}@test.example";
        await factory.CreateUserAsync(email);
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            user.DisplayName = "Ana Ruiz";
            await users.UpdateAsync(user);
        }

        var client = PortalClient.Anonymous(factory);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);

        var form = await HtmlPage.GetAsync(client, "/mentoring/volunteer");

        Assert.Equal("Ana Ruiz", form.Document.QuerySelector<IHtmlInputElement>("main input#DisplayName")!.Value);
    }

    [Fact]
    public async Task StaffMentorPage_MentorAcceptedTheTermsWhenVolunteering_ShowsThemDoneWithNothingToTick()
    {
        var name = $"Colleague {Guid.NewGuid():N}"[..24];
        var (_, mentorId) = await VolunteerAsync(factory, name);
        var staff = await PortalClient.AsRoleAsync(factory, Roles.Staff);

        var page = await HtmlPage.GetAsync(staff, $"/staff/mentors/{mentorId}");

        var terms = page.Document.QuerySelector($".vetting-{VettingItem.CodeOfConductAccepted}")!;
        Assert.Equal("false", terms.GetAttribute("data-due"));
        Assert.Null(terms.QuerySelector("form"));
        Assert.Contains("the mentor (on the volunteer form)", HtmlPage.Fold(terms.TextContent), StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector($".vetting-{VettingItem.OrientationDone} form"));
    }
}
