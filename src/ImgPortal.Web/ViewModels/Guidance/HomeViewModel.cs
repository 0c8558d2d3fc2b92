using ImgPortal.Core.Common;
using ImgPortal.Core.Content;

namespace ImgPortal.Web.ViewModels.Guidance;

public sealed record HomeViewModel(IReadOnlyList<PageLink> Paths);
