using System.Diagnostics;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Mentoring;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Operations;

/// <summary>scripts/backup.sh on a running portal's database, scripts/restore.sh into a fresh portal.</summary>
public sealed class BackupRestoreTests
{
    [Fact]
    public async Task BackupOfARunningPortal_RestoredIntoAFreshPortal_FindsEveryMemberMentorPageAndRevision()
    {
        using var running = new PortalFactory();
        var mentorUser = await running.CreateUserAsync("mentor@test.example");
        await running.CreateUserAsync("member@test.example");
        await using (var scope = running.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Mentors.Add(new Mentor
            {
                UserId = mentorUser,
                DisplayName = "Dr Backup",
                Specialty = "Pediatrics",
                Hospital = "General",
                State = "NY",
                Status = MentorStatus.Approved,
                Languages = [new MentorLanguage { Language = "English" }],
            });
            var page = await db.GuidancePages.FirstAsync();
            db.PageRevisions.Add(new PageRevision { GuidancePageId = page.Id, Number = 1, Title = page.Title, Summary = page.Summary });
            await db.SaveChangesAsync();
        }

        var expected = await CountsAsync(running);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await running.CreateClient().GetAsync("/")).StatusCode);
        var backups = Path.Combine(running.Root, "backups");

        var backup = (await RunScriptAsync("backup.sh", running.DatabaseFile, backups)).Trim();
        using var restored = new PortalFactory();
        await RunScriptAsync("restore.sh", backup, restored.DatabaseFile);
        var actual = await CountsAsync(restored);
        var login = await PortalClient.LogInAsync(restored.CreateClient(), "member@test.example", PortalFactory.Password);

        Assert.Equal(expected, actual);
        Assert.True(actual.Revisions > 0 && actual.Mentors > 0);
        Assert.NotNull(login.Document.QuerySelector("form#logout-form"));
    }

    private static async Task<(int Users, int Mentors, int Pages, int Revisions)> CountsAsync(PortalFactory factory)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return (await db.Users.CountAsync(), await db.Mentors.CountAsync(), await db.GuidancePages.CountAsync(), await db.PageRevisions.CountAsync());
    }

    private static async Task<string> RunScriptAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(RepositoryRoot(), "scripts", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{script} failed: {error}");
        return output;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "scripts", "backup.sh")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("scripts/backup.sh not found above " + AppContext.BaseDirectory);
    }
}
