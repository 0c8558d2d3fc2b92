using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using ImgPortal.TestSupport;
using static ImgPortal.FunctionalTests.ProfileTestData;

namespace ImgPortal.FunctionalTests.Waivers;

/// <summary>Members opt in to the State 30 alerts on their profile; nobody is opted in by default.</summary>
public sealed class WaiverAlertPreferenceTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Edit_NewMember_SeesBothAlertsUntickedWithALabelEach()
    {
        var (client, _, _) = await MemberAsync(factory);

        var form = await HtmlPage.GetAsync(client, "/profile");

        foreach (var name in new[] { "Input.WaiverCycleAlerts", "Input.WaiverFewSlotsAlerts" })
        {
            var box = form.Document.QuerySelector<IHtmlInputElement>($"input[type=checkbox][name='{name}']");
            Assert.NotNull(box);
            Assert.False(box.IsChecked);
            Assert.NotNull(form.Document.QuerySelector($"label[for='{box.Id}']"));
        }
    }

    [Fact]
    public async Task Edit_MemberTicksTheAlerts_SavesThemOnTheirProfile()
    {
        var (client, userId, _) = await MemberAsync(factory);
        var form = await HtmlPage.GetAsync(client, "/profile");
        var values = ValidForm();
        values["Input.WaiverCycleAlerts"] = "true";
        values["Input.WaiverFewSlotsAlerts"] = "true";

        await form.SubmitAsync(client, values, "form#profile-form");
        var again = await HtmlPage.GetAsync(client, "/profile");

        Assert.True(again.Document.QuerySelector<IHtmlInputElement>("input[type=checkbox][name='Input.WaiverCycleAlerts']")!.IsChecked);
        var profile = await ProfileOfAsync(factory, userId);
        Assert.True(profile!.WaiverCycleAlerts);
        Assert.True(profile.WaiverFewSlotsAlerts);
    }
}
