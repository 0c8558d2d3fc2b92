using System.Collections;
using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

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
