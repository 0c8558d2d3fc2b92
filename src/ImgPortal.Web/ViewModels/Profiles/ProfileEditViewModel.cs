using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Profiles;

namespace ImgPortal.Web.ViewModels.Profiles;

/// <summary>The profile page: the form's values and whether the member has saved a profile before.</summary>
public sealed record ProfileEditViewModel(ProfileInputModel Input, bool IsNew);
