using System.Collections;
using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>Which fixed list of <see cref="MentoringCatalog"/> a value must come from.</summary>
public enum Catalog
{
    Specialty,
    Language,
    State,
}

/// <summary>A value (or every value of a list) must come from one of the fixed lists; empty passes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class FromCatalogAttribute(Catalog catalog) : ValidationAttribute
{
    public override bool IsValid(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0 || Contains(s),
        IEnumerable<string> list => list.All(Contains),
        _ => false,
    };

    private bool Contains(string value) => catalog switch
    {
        Catalog.Specialty => MentoringCatalog.IsSpecialty(value),
        Catalog.Language => MentoringCatalog.IsLanguage(value),
        _ => MentoringCatalog.IsState(value),
    };
}

/// <summary>A list (checkboxes) must have at least one item.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AtLeastOneAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is IEnumerable list && list.Cast<object>().Any();
}

/// <summary>A checkbox that must be ticked.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MustBeTickedAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is true;
}
