using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ImgPortal.Infrastructure.Data.Resilience;

/// <summary>
/// Refuses, inside <see cref="ReadOnlyScope"/>, every <c>SaveChanges</c> and every command that writes
/// (INSERT, UPDATE, DELETE, MERGE, REPLACE, or a raw <c>BEGIN</c>), before it reaches the database.
/// Outside the scope it does nothing.
/// </summary>
public sealed class ReadOnlyScopeInterceptor : SaveChangesInterceptor, IDbCommandInterceptor
{
    private static readonly string[] WritingVerbs = ["INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "BEGIN"];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        RefuseInScope();
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseInScope();
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        RefuseWrite(command);
        return result;
    }

    public ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        RefuseWrite(command);
        return result;
    }

    public ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        RefuseWrite(command);
        return result;
    }

    public ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        RefuseWrite(command);
        return ValueTask.FromResult(result);
    }

    private static void RefuseInScope()
    {
        if (ReadOnlyScope.IsActive)
        {
            throw new WriteRefusedInReadOnlyScopeException();
        }
    }

    private static void RefuseWrite(DbCommand command)
    {
        if (!ReadOnlyScope.IsActive)
        {
            return;
        }

        var text = command.CommandText.AsSpan().TrimStart();
        foreach (var verb in WritingVerbs)
        {
            if (text.StartsWith(verb, StringComparison.OrdinalIgnoreCase))
            {
                throw new WriteRefusedInReadOnlyScopeException();
            }
        }
    }
}
