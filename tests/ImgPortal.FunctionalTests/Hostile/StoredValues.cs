using System.Data.Common;
using ImgPortal.Infrastructure.Data;
using ImgPortal.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace ImgPortal.FunctionalTests.Hostile;

/// <summary>Whether a value was stored exactly as typed (trimmed, in any letter case) in any text column of the portal's database.</summary>
public static class StoredValues
{
    public static async Task<bool> ContainsAsync(PortalFactory factory, string value)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        try
        {
            foreach (var (table, column) in TextColumns(db.Model))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"SELECT 1 FROM \"{table}\" WHERE lower(\"{column}\") = lower($value) LIMIT 1";
                AddParameter(command, value.Trim());
                if (await command.ExecuteScalarAsync() is not null)
                {
                    return true;
                }
            }

            return false;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static IEnumerable<(string Table, string Column)> TextColumns(IModel model) =>
        from entity in model.GetEntityTypes()
        let table = entity.GetTableName()
        where table is not null && entity.GetViewName() is null
        let store = StoreObjectIdentifier.Table(table, entity.GetSchema())
        from property in entity.GetProperties()
        where property.ClrType == typeof(string)
        let column = property.GetColumnName(store)
        where column is not null
        select (table, column);

    private static void AddParameter(DbCommand command, string value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "$value";
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
