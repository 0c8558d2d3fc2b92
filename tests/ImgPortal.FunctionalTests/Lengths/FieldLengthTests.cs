using System.ComponentModel.DataAnnotations;
using System.Reflection;
using AngleSharp.Html.Dom;
using ImgPortal.Core.Records;
using ImgPortal.FunctionalTests.Access;
using ImgPortal.FunctionalTests.Hostile;
using ImgPortal.Infrastructure.Data.Sqlite;
using ImgPortal.Infrastructure.Data.SqlServer;
using ImgPortal.TestSupport;
using ImgPortal.Web.ViewModels.Mentoring;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace ImgPortal.FunctionalTests.Lengths;

/// <summary>
/// Every text field has one maximum length: the input model's validation, both providers' schemas and the
/// rendered input's <c>maxlength</c>.
/// </summary>
public sealed class FieldLengthTests(AccessWorld world) : IClassFixture<AccessWorld>
{
    [Fact]
    public void EveryFormModel_HasALineInFormColumns()
    {
        var missing = FormBoundModels().Where(t => !FormColumns.Models.ContainsKey(t) && !FormColumns.NotStoredModels.Contains(t)).Select(t => t.Name).ToList();

        Assert.True(missing.Count == 0, "Add these input models to FormColumns.Models: " + string.Join(", ", missing));
    }

    [Fact]
    public void EveryTextField_ValidationLength_FitsBothSchemas()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerAppDbContextFactory().CreateDbContext([]);
        var problems = new List<string>();

        foreach (var (model, entity) in FormColumns.Models)
        {
            // A value chosen from a fixed list is checked against the list, not typed: its length is the list's.
            foreach (var property in model.GetProperties().Where(p => p.PropertyType == typeof(string) && p.GetCustomAttribute<FromCatalogAttribute>() is null))
            {
                var name = $"{model.Name}.{property.Name}";
                var length = ValidationLength(property);
                (Type Entity, string Column, int EntryLength)? target = FormColumns.Elsewhere.TryGetValue(name, out var elsewhere)
                    ? elsewhere
                    : (entity, property.Name, 0);
                if (target is not { } column)
                {
                    continue;
                }

                if (length is null)
                {
                    problems.Add($"{name} has no validation length");
                    continue;
                }

                var allowed = column.EntryLength > 0 ? column.EntryLength : length.Value;
                problems.AddRange(Check(name, allowed, column.Entity, column.Column, sqlite.Model, "SQLite"));
                problems.AddRange(Check(name, allowed, column.Entity, column.Column, sqlServer.Model, "SQL Server"));
            }
        }

        AssertOnlyKnownGaps(problems, rendered: false);
    }

    [Fact]
    public void EveryRecordTextField_MaxLength_FitsBothSchemas()
    {
        using var sqlite = new SqliteAppDbContextFactory().CreateDbContext([]);
        using var sqlServer = new SqlServerAppDbContextFactory().CreateDbContext([]);
        var problems = new List<string>();
        var recordTypes = typeof(RecordType).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(RecordType)))
            .ToList();

        foreach (var type in recordTypes)
        {
            // Declaring fields needs none of a record type's services, so they may be null here.
            var constructor = type.GetConstructors().Single();
            var recordType = (RecordType)constructor.Invoke(new object?[constructor.GetParameters().Length]);
            var entity = type.BaseType!.GetGenericArguments().Single();
            foreach (var field in recordType.Fields.Where(f => f.GetType().IsGenericType && f.GetType().GetGenericTypeDefinition() == typeof(TextField<>)))
            {
                var name = $"{type.Name}.{field.Name}";
                if (field.MaxLength is not { } length)
                {
                    problems.Add($"{name} has no validation length");
                    continue;
                }

                problems.AddRange(Check(name, length, entity, field.Name, sqlite.Model, "SQLite"));
                problems.AddRange(Check(name, length, entity, field.Name, sqlServer.Model, "SQL Server"));
            }
        }

        Assert.NotEmpty(recordTypes);
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public void EveryTextParameter_PostedByAForm_HasAColumnWithAMaxLength()
    {
        using var sqlServer = new SqlServerAppDbContextFactory().CreateDbContext([]);
        var parameters =
            from controller in typeof(Program).Assembly.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
            from action in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
            where action.IsDefined(typeof(HttpPostAttribute), inherit: false)
            from parameter in action.GetParameters()
            where parameter.ParameterType == typeof(string) && parameter.Name is not ("id" or "role" or "key" or "type" or "baseVersion" or "pageVersion")
            select $"{controller.Name}.{action.Name}.{parameter.Name}";
        var problems = new List<string>();

        foreach (var name in parameters.Where(n => !FormColumns.NotStored.Contains(n)))
        {
            if (!FormColumns.Parameters.TryGetValue(name, out var column))
            {
                problems.Add($"{name} is posted as text: add it to FormColumns.Parameters");
                continue;
            }

            if (MaxLength(sqlServer.Model, column.Entity, column.Column) is null)
            {
                problems.Add($"{name} fills {column.Entity.Name}.{column.Column}, which has no max length");
            }
        }

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task EveryRenderedTextField_HasAMaxLength_EqualToItsValidationLength()
    {
        var forms = await FormDiscovery.DiscoverAsync(world);
        var problems = new List<string>();

        foreach (var form in forms.Where(f => f.Method == "POST"))
        {
            var page = await HtmlPage.GetAsync(world.ClientFor(form.Role), form.PageUrl);
            var element = FormDiscovery.FindAgain(page, form);
            foreach (var field in element is null ? [] : element.Elements.OfType<IHtmlElement>().Where(FormDiscovery.IsText))
            {
                var name = field.GetAttribute("name");
                var maxLength = field.GetAttribute("maxlength");
                var validation = field.GetAttribute("data-val-length-max") ?? field.GetAttribute("data-val-maxlength-max");
                if (maxLength is null)
                {
                    problems.Add($"{form}: {name} has no maxlength");
                }
                else if (validation is not null && validation != maxLength)
                {
                    problems.Add($"{form}: {name} has maxlength {maxLength} but validates {validation}");
                }
            }
        }

        AssertOnlyKnownGaps(problems, rendered: true);
    }

    /// <summary>
    /// The gaps left to their owners when this test was written (issue 9). Each is a line the test would
    /// otherwise report; a gap that is fixed must be taken off (the test names it), and no new one may appear.
    /// </summary>
    private static readonly HashSet<string> KnownGaps = new(StringComparer.Ordinal)
    {
        // Page editing: Markdown bodies have no length in validation, schema or form.
        "PageEditInput.BodyMarkdown has no validation length",
        "SectionInput.BodyMarkdown has no validation length",
        "POST /staff/pages/1 (on /staff/pages/1 as staff): Input.BodyMarkdown has no maxlength",

        // Identity's default UI pages: [EmailAddress]/[Phone] without a length; fixed by scaffolding the pages.
        "POST /Identity/Account/Manage (on /Identity/Account/Manage as member): Input.PhoneNumber has no maxlength",
        "POST /Identity/Account/Manage/Index (on /Identity/Account/Manage/Index as member): Input.PhoneNumber has no maxlength",
    };

    private static void AssertOnlyKnownGaps(IReadOnlyCollection<string> problems, bool rendered)
    {
        var folded = problems.Select(p => System.Text.RegularExpressions.Regex.Replace(p, @"Sections\[\d+\]\.", string.Empty)).ToHashSet(StringComparer.Ordinal);
        var fresh = folded.Where(p => !KnownGaps.Contains(p)).ToList();
        var fixedGaps = KnownGaps.Where(g => g.Contains("maxlength", StringComparison.Ordinal) == rendered && !folded.Contains(g)).ToList();

        Assert.True(fresh.Count == 0, "New length problems:\n" + string.Join('\n', fresh));
        Assert.True(fixedGaps.Count == 0, "Fixed: take these off KnownGaps:\n" + string.Join('\n', fixedGaps));
    }

    /// <summary>Complex types that a POST action of the portal binds from a form.</summary>
    private static IEnumerable<Type> FormBoundModels() =>
        (from controller in typeof(Program).Assembly.GetTypes().Where(t => typeof(ControllerBase).IsAssignableFrom(t) && !t.IsAbstract)
         from action in controller.GetMethods(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
         where action.IsDefined(typeof(HttpPostAttribute), inherit: false)
         from parameter in action.GetParameters()
         let type = parameter.ParameterType
         where type.IsClass && type != typeof(string) && type.Assembly == typeof(Program).Assembly
         from bound in new[] { type }.Concat(type.GetProperties().Select(p => p.PropertyType.IsGenericType ? p.PropertyType.GetGenericArguments()[0] : p.PropertyType))
         where bound.IsClass && bound != typeof(string) && bound.Assembly == typeof(Program).Assembly
         select bound).Distinct();

    private static int? ValidationLength(PropertyInfo property) =>
        property.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? property.GetCustomAttribute<MaxLengthAttribute>()?.Length;

    private static IEnumerable<string> Check(string name, int allowed, Type entity, string column, IModel model, string provider)
    {
        var max = MaxLength(model, entity, column);
        if (max is null)
        {
            yield return $"{name} writes {entity.Name}.{column}, which has no max length on {provider}";
        }
        else if (allowed > max)
        {
            yield return $"{name} allows {allowed} characters but {entity.Name}.{column} holds {max} on {provider}";
        }
    }

    private static int? MaxLength(IModel model, Type entity, string column) =>
        (model.FindEntityType(entity) ?? throw new InvalidOperationException($"{entity.Name} is not in the model"))
            .FindProperty(column) is { } property
            ? property.GetMaxLength()
            : throw new InvalidOperationException($"{entity.Name} has no property {column}");
}
