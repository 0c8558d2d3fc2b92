using ImgPortal.Core.Common;
using ImgPortal.Core.Content.Editing;
using ImgPortal.Core.Profiles;
using Microsoft.EntityFrameworkCore;

namespace ImgPortal.Core.Dashboard;

public sealed record OverduePage(int Id, string Title, DateOnly LastReviewedOn, int MonthsSinceReview);
