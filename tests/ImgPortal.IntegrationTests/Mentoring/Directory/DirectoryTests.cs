using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Directory;
using ImgPortal.Core.Mentoring.Vetting;
using ImgPortal.Infrastructure.Data;
using Microsoft.Extensions.DependencyInjection;
using static ImgPortal.IntegrationTests.Mentoring.MentoringDatabase;

namespace ImgPortal.IntegrationTests.Mentoring.Directory;

public sealed class DirectoryTests
{
    [Fact]
    public async Task Directory_Filters_ReturnOnlyListedApprovedMentorsThatMatchPagedInTheDatabase()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using (var scope = database.Scope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            for (var i = 0; i < 45; i++)
            {
                var userId = await CreateUserAsync(database, $"mentor{i}@directory.example");
                var status = i % 9 == 0 ? MentorStatus.Pending : MentorStatus.Approved;
                var mentor = Mentor(userId, $"Dr {i:00}", status: status,
                    specialty: i % 2 == 0 ? "Pediatrics" : "Psychiatry",
                    state: i % 3 == 0 ? "NJ" : "NY",
                    languages: i % 5 == 0 ? ["English", "Hindi"] : ["English"]);
                mentor.ListInDirectory = i != 1;
                db.Mentors.Add(mentor);
            }

            await db.SaveChangesAsync();
        }

        await using var read = database.Scope();
        var directory = MentorDirectory(read.ServiceProvider);

        var pediatrics = (await directory.DirectoryAsync(new DirectoryFilter("Pediatrics", null, null), 1)).Page;
        var hindiInNj = (await directory.DirectoryAsync(new DirectoryFilter(null, "Hindi", "NJ"), 1)).Page;
        var secondPage = (await directory.DirectoryAsync(new DirectoryFilter(null, null, null), 2)).Page;

        // Even i: 23 of 0..44; pending are multiples of 9 (0, 18, 36 even): 20 left.
        Assert.Equal(20, pediatrics.TotalCount);
        Assert.All(pediatrics.Items, m => Assert.Equal("Pediatrics", m.Specialty));
        Assert.Equal(MentoringPaging.DirectoryPageSize, pediatrics.Items.Count);
        // i % 5 == 0 and i % 3 == 0 (15, 30) and not pending (0, 45 excluded): 15 and 30.
        Assert.Equal(["Dr 15", "Dr 30"], hindiInNj.Items.Select(m => m.DisplayName));
        // 45 minus 5 pending minus 1 unlisted = 39: page 2 holds 19.
        Assert.Equal(39, secondPage.TotalCount);
        Assert.Equal(19, secondPage.Items.Count);
        Assert.DoesNotContain(secondPage.Items, m => m.DisplayName == "Dr 01");
    }
}
