using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImgPortal.Infrastructure.Data.SqlServer;

/// <summary>The context on SQL Server, for production. Its migrations live in <c>Data/SqlServer/Migrations</c>.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options);
