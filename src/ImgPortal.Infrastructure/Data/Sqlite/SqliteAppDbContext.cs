using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ImgPortal.Infrastructure.Data.Sqlite;

/// <summary>The context on SQLite, the embedded default. Its migrations live in <c>Data/Sqlite/Migrations</c>.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);
