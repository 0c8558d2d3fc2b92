using ImgPortal.Core.Programs;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Programs;

/// <summary>Residency programs written straight to the database, for the tests that need one to send, confirm or review.</summary>
public static class ProgramTestData
{
    /// <summary>The source every test program's policies cite.</summary>
    public const string Source = "https://program.example.org/policy | Test program: policies | 2026-12-01";

    /// <summary>
    /// A program in Brooklyn that sponsors H-1B, named <paramref name="name"/> with a random ending so tests sharing a
    /// database never meet each other's; its J-1 policy (with a source) only when <paramref name="j1"/> is known.
    /// </summary>
    public static async Task<ResidencyProgram> AddProgramAsync(PortalFactory factory, string name, J1Policy j1 = J1Policy.Unknown)
    {
        var program = new ResidencyProgram
        {
            Key = "test-program-" + Guid.NewGuid().ToString("N")[..12],
            Name = name + " " + Guid.NewGuid().ToString("N")[..6],
            Specialty = "Internal Medicine",
            SponsoringInstitution = "Test Hospital",
            Area = "Brooklyn",
            City = "Brooklyn",
            Website = "https://program.example.org/",
            ExistenceSource = Source,
            J1 = j1,
            H1b = H1bPolicy.Sponsors,
            H1bSource = Source,
            H1bCheckedOn = new DateOnly(2026, 12, 1),
        };
        if (j1 != J1Policy.Unknown)
        {
            program.J1Source = Source;
            program.J1CheckedOn = new DateOnly(2026, 12, 1);
        }

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        return program;
    }
}
