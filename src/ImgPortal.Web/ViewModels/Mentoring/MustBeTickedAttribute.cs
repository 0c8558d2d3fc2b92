using System.Collections;
using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Mentoring;

namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>A checkbox that must be ticked.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MustBeTickedAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is true;
}
