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
