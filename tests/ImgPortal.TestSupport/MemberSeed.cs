using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.TestSupport;

/// <summary>Members with a profile stored straight in the database, for staff pages that list members.</summary>
public static class MemberSeed
{
    /// <summary>Creates a confirmed member and their profile (medical school in Nigeria, graduated 2019); returns the user id.</summary>
    public static async Task<string> AddAsync(
        PortalFactory factory, string email, string school, RoadmapStage stage, VisaNeed visa, bool mentor, string[] specialties, string[] states)
    {
        var id = await factory.CreateUserAsync(email);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var profile = new ImgProfile
        {
            UserId = id,
            MedicalSchoolCountry = "Nigeria",
            MedicalSchoolName = school,
            GraduationYear = 2019,
            Stage = stage,
            VisaNeed = visa,
            WantsMentor = mentor,
            UpdatedAtUtc = DateTime.UtcNow,
        };
        profile.Tags.AddRange(specialties.Select(s => new ProfileTag { UserId = id, Kind = TagKind.Specialty, Value = s }));
        profile.Tags.AddRange(states.Select(s => new ProfileTag { UserId = id, Kind = TagKind.State, Value = s }));
        db.ImgProfiles.Add(profile);
        await db.SaveChangesAsync();
        return id;
    }
}
