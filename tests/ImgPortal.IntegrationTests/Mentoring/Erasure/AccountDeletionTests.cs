using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Applications;
using ImgPortal.Core.Mentoring.Erasure;
using ImgPortal.Core.Mentoring.Pairings;
using ImgPortal.Core.Mentoring.Requests;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Accounts;
using ImgPortal.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Erasure;

/// <summary>Deleting an account keeps the mentoring history for the program's figures, with the person anonymized.</summary>
public sealed class AccountDeletionTests
{
    [Fact]
    public async Task DeleteAsync_MentorWithAnActivePairingAndLicense_KeepsThePairingEndedWithTheMentorAnonymized()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (mentorUser, memberUser, mentorId, requestId, pairingId) = await ActivePairingAsync(database);

        var result = await DeleteAsync(database, mentorUser);

        Assert.True(result.Succeeded);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var mentor = await db.Mentors.AsNoTracking().SingleAsync(m => m.Id == mentorId);
        var pairing = await db.Pairings.AsNoTracking().Include(p => p.Request).SingleAsync(p => p.Id == pairingId);
        Assert.Equal(DeletedAccount.MentorName, mentor.DisplayName);
        Assert.True(DeletedAccount.IsDeleted(mentor.UserId));
        Assert.Equal(MentorStatus.Retired, mentor.Status);
        Assert.Equal((string.Empty, string.Empty, false), (mentor.Bio, mentor.Hospital, mentor.ListInDirectory));
        Assert.Empty(await db.MentorLicenses.Where(l => l.MentorId == mentorId).ToListAsync());
        Assert.Equal(PairingState.Ended, pairing.State);
        Assert.Equal(RequestStatus.Closed, pairing.Request!.Status);
        Assert.Equal(memberUser, pairing.Request.MemberUserId);
        Assert.Equal(requestId, pairing.MenteeRequestId);
        Assert.Null(await db.Users.FindAsync(mentorUser));
    }

    [Fact]
    public async Task DeleteAsync_MemberWithAPairingAndFeedback_KeepsRequestPairingAndRatingWithoutTheMember()
    {
        await using var database = await TestDatabase.CreateAsync();
        var (_, memberUser, _, requestId, pairingId) = await ActivePairingAsync(database);
        await AddAsync(database, new PairingFeedback { PairingId = pairingId, Side = PairingSide.Member, AuthorUserId = memberUser, Rating = 4 });

        var result = await DeleteAsync(database, memberUser);

        Assert.True(result.Succeeded);
        await using var scope = database.Scope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var request = await db.MenteeRequests.AsNoTracking().Include(r => r.Pairings).SingleAsync(r => r.Id == requestId);
        var feedback = await db.PairingFeedback.AsNoTracking().SingleAsync(f => f.PairingId == pairingId);
        Assert.Equal(DeletedAccount.MemberName, request.DisplayName);
        Assert.True(DeletedAccount.IsDeleted(request.MemberUserId));
        Assert.Equal((string.Empty, RequestStatus.Closed), (request.Note, request.Status));
        Assert.Equal(PairingState.Ended, Assert.Single(request.Pairings).State);
        Assert.Equal(4, feedback.Rating);
        Assert.Equal(request.MemberUserId, feedback.AuthorUserId);
        Assert.Empty(await db.MenteeRequests.Where(r => r.MemberUserId == memberUser).ToListAsync());
    }

    private static async Task<(string MentorUser, string MemberUser, int MentorId, int RequestId, int PairingId)> ActivePairingAsync(TestDatabase database)
    {
        var mentorUser = await CreateUserAsync(database, "mentor@deletion.example");
        var memberUser = await CreateUserAsync(database, "member@deletion.example");
        var mentor = Mentor(mentorUser, "Dr Leaving");
        mentor.Licenses.Add(new MentorLicense { State = "NY", Number = "298765" });
        mentor = await AddAsync(database, mentor);
        var request = Request(memberUser, "Mentee Staying");
        request.Note = "Interviews in January.";
        request.Status = RequestStatus.Matched;
        request = await AddAsync(database, request);
        var pairing = new Pairing { MentorId = mentor.Id, MenteeRequestId = request.Id, ProposedAtUtc = Now };
        pairing.Accept(Now);
        pairing = await AddAsync(database, pairing);
        return (mentorUser, memberUser, mentor.Id, request.Id, pairing.Id);
    }

    private static async Task<IdentityResult> DeleteAsync(TestDatabase database, string userId)
    {
        await using var scope = database.Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return await users.DeleteAsync((await users.FindByIdAsync(userId))!);
    }
}
