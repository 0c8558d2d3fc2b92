using System.Collections;
using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A list (checkboxes) must have at least one item.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AtLeastOneAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is IEnumerable list && list.Cast<object>().Any();
}
