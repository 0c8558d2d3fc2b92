using ImgPortal.Infrastructure.Email;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Mail;

/// <summary>The staff list of e-mail that could not be sent: the newest <see cref="Limit"/>.</summary>
public sealed record FailedMailViewModel(IReadOnlyList<FailedEmail> Messages, int Limit);
