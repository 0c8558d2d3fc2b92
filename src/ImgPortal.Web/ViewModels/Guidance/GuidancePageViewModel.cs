using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Web.ViewModels.Guidance;

public sealed record GuidancePageViewModel(GuidancePageDetail Page);
