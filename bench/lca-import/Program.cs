using System.Diagnostics;
using System.Globalization;
using ImgPortal.Core.Common;
using ImgPortal.Core.Programs.Lca;
using ImgPortal.Infrastructure;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport.Lca;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

// generate <file.xlsx> <rows>: a disclosure-layout workbook, about 0.3% of its rows kept by the import.
// import <file.xlsx> <folder>: imports it into a new SQLite database in <folder> exactly as the portal's job does.
if (args is ["generate", var path, var count])
{
    var rows = int.Parse(count, CultureInfo.InvariantCulture);
    var clock = Stopwatch.StartNew();
    await using (var file = File.Create(path))
    {
        await LcaWorkbook.WriteAsync(file, LcaWorkbook.Layout, Rows(rows));
    }

    Console.WriteLine($"generated {rows} rows, {new FileInfo(path).Length / (1024.0 * 1024):0.0} MB, in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
}

if (args is ["import", var xlsx, var folder])
{
    Directory.CreateDirectory(folder);
    var database = Path.Combine(folder, "portal.db");
    File.WriteAllBytes(database, []);
    var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["ConnectionStrings:ImgPortal"] = $"Data Source={database}",
        ["Email:Delivery"] = "Pickup",
        ["Lca:UploadDirectory"] = Path.Combine(folder, "uploads"),
    }).Build();
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddInfrastructure(configuration, new BenchEnvironment(folder));
    services.AddPortalFeatures(configuration, new BenchEnvironment(folder));
    services.AddScoped<ICurrentUser, BenchUser>();
    await using var provider = services.BuildServiceProvider();
    await using (var scope = provider.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.MigrateAsync();
    }

    int id;
    await using (var scope = provider.CreateAsyncScope())
    await using (var upload = File.OpenRead(xlsx))
    {
        id = await scope.ServiceProvider.GetRequiredService<ILcaImports>().QueueAsync(upload, Path.GetFileName(xlsx));
    }

    var clock = Stopwatch.StartNew();
    await using (var scope = provider.CreateAsyncScope())
    {
        await scope.ServiceProvider.GetRequiredService<ILcaImporter>().RunNextAsync();
    }

    var elapsed = clock.Elapsed;
    await using (var scope = provider.CreateAsyncScope())
    {
        var import = (await scope.ServiceProvider.GetRequiredService<ILcaImports>().FindAsync(id))!;
        Console.WriteLine($"status {import.Status}: {import.Message}");
        Console.WriteLine($"rows read {import.RowsRead}, kept {import.RowsKept}");
    }

    Console.WriteLine($"import seconds {elapsed.TotalSeconds:0.0}");
    Console.WriteLine($"peak memory MB {PeakResidentMegabytes():0}");
    return 0;
}

Console.Error.WriteLine("usage: generate <file.xlsx> <rows> | import <file.xlsx> <folder>");
return 2;

static IEnumerable<LcaFixtureRow> Rows(int count)
{
    string[] jobs = ["Software Engineer", "Data Scientist", "Senior Consultant", "Accountant", "Assistant Professor", "Attending Physician", "Hospitalist", "Research Scientist"];
    string[] residents = ["Resident Physician", "Resident Physician PGY-2", "Clinical Fellow", "Fellow - Cardiology", "House Staff"];
    string[] hospitals = ["Mount Sinai Hospital", "NYU Langone Hospitals", "Montefiore Medical Center", "Maimonides Medical Center", "Jamaica Hospital Medical Center", "Flushing Hospital Medical Center"];
    string[] states = ["CA", "TX", "NJ", "NY", "WA", "IL", "MA", "GA"];
    var random = new Random(2025);
    for (var i = 0; i < count; i++)
    {
        var resident = random.Next(300) == 0;
        yield return resident
            ? new LcaFixtureRow(
                $"I-200-24{i % 366:000}-{i:000000}",
                EmployerName: hospitals[random.Next(hospitals.Length)],
                JobTitle: residents[random.Next(residents.Length)],
                SocCode: "29-1229.00",
                WorksiteState: "NY")
            : new LcaFixtureRow(
                $"I-200-24{i % 366:000}-{i:000000}",
                EmployerName: $"Employer {random.Next(60_000)} Technologies LLC",
                JobTitle: jobs[random.Next(jobs.Length)],
                SocCode: random.Next(20) == 0 ? "29-1229.00" : "15-1252.00",
                SocTitle: "Software Developers",
                CaseStatus: random.Next(10) == 0 ? "Withdrawn" : "Certified",
                WorksiteState: states[random.Next(states.Length)],
                DecisionDate: new DateTime(2024, 10, 1).AddDays(i % 365));
    }
}

static double PeakResidentMegabytes()
{
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024.0;
}

internal sealed class BenchEnvironment(string root) : IHostEnvironment
{
    public string EnvironmentName { get; set; } = "Production";

    public string ApplicationName { get; set; } = "LcaImportBench";

    public string ContentRootPath { get; set; } = root;

    public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
}

internal sealed class BenchUser : ICurrentUser
{
    public string? UserId => null;

    public bool IsInRole(string role) => false;
}
