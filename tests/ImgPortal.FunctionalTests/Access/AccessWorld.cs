using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.FunctionalTests.Mentoring;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Access;

/// <summary>
/// One portal with a signed-in client per role (redirects not followed) and a few things that belong to
/// nobody at the table: a pairing between another mentor and another member, that member's request, that
/// mentor, and another member's account. The table's sample URLs name them as {pairing}, {request}, ….
/// </summary>
public sealed class AccessWorld : IAsyncLifetime
{
    private readonly Dictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _samples = new(StringComparer.Ordinal);

    public PortalFactory Factory { get; } = new();

    public HttpClient ClientFor(string role) => _clients[role];

    /// <summary>The sample URL with its placeholders filled in.</summary>
    public string Resolve(string sampleUrl) =>
        _samples.Aggregate(sampleUrl, (url, sample) => url.Replace("{" + sample.Key + "}", sample.Value, StringComparison.Ordinal));

    /// <summary>An anti-forgery token issued to <paramref name="role"/>'s own session, as a form of theirs would hold.</summary>
    public async Task<string> TokenForAsync(string role)
    {
        var client = ClientFor(role);
        var page = await HtmlPage.GetAsync(client, role == "anonymous" ? "/Identity/Account/Login" : "/");
        return page.AntiforgeryToken;
    }

    public async Task InitializeAsync()
    {
        var staff = await PortalClient.AsRoleAsync(Factory, Roles.Staff);

        // Somebody else's pairing: another member's request, proposed to another approved mentor.
        var (_, otherMentorId) = await MentoringSteps.VolunteerAsync(Factory, "Dr Other " + Guid.NewGuid().ToString("N")[..8]);
        await MentoringSteps.ApproveAsync(Factory, staff, otherMentorId);
        var (otherMember, requestId) = await MentoringSteps.AskAsync(Factory, "Other Member " + Guid.NewGuid().ToString("N")[..8]);
        var profileForm = await HtmlPage.GetAsync(otherMember, "/profile");
        await profileForm.SubmitAsync(otherMember, ProfileTestData.ValidForm());
        await MentoringSteps.PairAsync(staff, requestId, otherMentorId);
        var pairingId = await MentoringSteps.PairingIdAsync(Factory, requestId);
        var otherMemberId = await MentoringSteps.QueryAsync(Factory, db => db.MenteeRequests.Where(r => r.Id == requestId).Select(r => r.MemberUserId).SingleAsync());

        _samples["pairing"] = pairingId.ToString(CultureInfo.InvariantCulture);
        _samples["request"] = requestId.ToString(CultureInfo.InvariantCulture);
        _samples["mentor"] = otherMentorId.ToString(CultureInfo.InvariantCulture);
        _samples["member"] = otherMemberId;
        _samples["user"] = otherMemberId;

        _clients["anonymous"] = PortalClient.Anonymous(Factory, followRedirects: false);
        _clients["member"] = await PortalClient.AsRoleAsync(Factory, Roles.Member, followRedirects: false);
        _clients["mentor"] = await ApprovedMentorAsync(staff);
        _clients["staff"] = await PortalClient.AsRoleAsync(Factory, Roles.Staff, followRedirects: false);
        _clients["admin"] = await PortalClient.AsRoleAsync(Factory, Roles.Admin, followRedirects: false);
    }

    public Task DisposeAsync()
    {
        Factory.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A mentor as the program makes one: volunteered, approved by staff, then signed in afresh with the role.</summary>
    private async Task<HttpClient> ApprovedMentorAsync(HttpClient staff)
    {
        var (_, mentorId) = await MentoringSteps.VolunteerAsync(Factory, "Dr Table " + Guid.NewGuid().ToString("N")[..8]);
        await MentoringSteps.ApproveAsync(Factory, staff, mentorId);
        var userId = await MentoringSteps.QueryAsync(Factory, db => db.Mentors.Where(m => m.Id == mentorId).Select(m => m.UserId).SingleAsync());
        using var scope = Factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await users.FindByIdAsync(userId) ?? throw new InvalidOperationException("The mentor's account is missing.");
        if (!await users.IsInRoleAsync(user, Roles.Mentor))
        {
            throw new InvalidOperationException("Approving the mentor did not give the Mentor role.");
        }

        var client = PortalClient.Anonymous(Factory, followRedirects: false);
        var landing = await PortalClient.LogInAsync(client, user.Email!, PortalFactory.Password);
        if (landing.Status != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Logging in as the mentor failed.");
        }

        return client;
    }
}
