using ImgPortal.Core.Common;
using ImgPortal.Core.Mentoring;
using ImgPortal.Core.Mentoring.Pairings;

namespace ImgPortal.Web.ViewModels.Mentoring;

public sealed record FeedbackViewModel(PairingView Pairing, FeedbackInputModel Input);
