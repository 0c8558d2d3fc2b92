using ImgPortal.Core.Profiles;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests;

/// <summary>Members, profiles and form values the profile tests share.</summary>
public static class ProfileTestData
{
    /// <summary>A complete, valid profile form: not certified, Step 1 passed, needs a J-1, wants New York.</summary>
    public static Dictionary<string, string> ValidForm(string school = "Grant Medical College") => new()
    {
        ["Input.MedicalSchoolCountry"] = "India",
        ["Input.MedicalSchoolName"] = school,
        ["Input.GraduationYear"] = "2020",
        ["Input.EcfmgStatus"] = nameof(EcfmgStatus.InProgress),
        ["Input.Step1Result"] = nameof(ExamResult.Passed),
        ["Input.Step1Date"] = "2023-05-10",
        ["Input.Step2CkScore"] = "245",
        ["Input.Step2CkDate"] = "2024-02-01",
        ["Input.CurrentVisa"] = nameof(VisaStatus.None),
        ["Input.VisaNeed"] = nameof(VisaNeed.J1),
        ["Input.Specialties"] = "Internal Medicine",
        ["Input.States"] = "NY",
        ["Input.Languages"] = "English, Hindi",
        ["Input.ClinicalExperienceMonths"] = "2",
        ["Input.WantsMentor"] = "true",
    };

    /// <summary>A new confirmed member, logged in.</summary>
    public static async Task<(HttpClient Client, string UserId, string Email)> MemberAsync(PortalFactory factory, bool followRedirects = true)
    {
        var email = $"member-{Guid.NewGuid():N}@test.example";
        var id = await factory.CreateUserAsync(email);
        var client = PortalClient.Anonymous(factory, followRedirects);
        await PortalClient.LogInAsync(client, email, PortalFactory.Password);
        return (client, id, email);
    }

    /// <summary>Stores a profile straight in the database (for staff tests that need many members).</summary>
    public static Task<string> SeedMemberAsync(
        PortalFactory factory, string email, string school, RoadmapStage stage, VisaNeed visa, bool mentor, string[] specialties, string[] states) =>
        MemberSeed.AddAsync(factory, email, school, stage, visa, mentor, specialties, states);

    public static async Task<T> QueryAsync<T>(PortalFactory factory, Func<AppDbContext, Task<T>> query)
    {
        using var scope = factory.Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<ImgProfile?> ProfileOfAsync(PortalFactory factory, string userId) =>
        QueryAsync(factory, db => db.ImgProfiles.AsNoTracking().Include(p => p.Tags).SingleOrDefaultAsync(p => p.UserId == userId));
}
