using System.ComponentModel.DataAnnotations;
using ImgPortal.Core.Programs.Confirmations;

namespace ImgPortal.Web.Areas.Staff.ViewModels.ProgramConfirmations;

/// <summary>What the "send a link" form of one program posts (<c>/staff/programs/confirmations/send</c>).</summary>
public sealed class SendConfirmationInput
{
    public int ProgramId { get; set; }

    [StringLength(ProgramConfirmationRequest.EmailMaxLength)]
    public string? CoordinatorEmail { get; set; }
}

/// <summary>What the reject form posts: why the proposal is rejected.</summary>
public sealed class RejectProposalInput
{
    [StringLength(ProgramConfirmationRequest.ReviewNoteMaxLength)]
    public string? Reason { get; set; }
}

/// <summary>The review page: the proposal's per-field diff and the reject form as typed.</summary>
public sealed record ProposalReviewViewModel(ConfirmationReview Review, string Reason);
