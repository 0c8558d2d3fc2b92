using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImgPortal.Infrastructure.Data.SqlServer;

/// <summary>
/// Lets <c>dotnet ef</c> build the SQL Server model and script migrations without a server: nothing here
/// connects until a command needs a live database.
/// </summary>
public sealed class SqlServerAppDbContextFactory : IDesignTimeDbContextFactory<SqlServerAppDbContext>
{
    public const string DesignTimeConnectionString =
        "Server=localhost;Database=ImgPortal;Trusted_Connection=True;TrustServerCertificate=True";

    public SqlServerAppDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer(DesignTimeConnectionString)
            .Options);
}
