using ImgPortal.Core.Common;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>How an answer went: the link's status, and (when it was valid) the outcome.</summary>
public sealed record CoordinatorAnswer(ProgramConfirmationLinkStatus Status, Outcome? Outcome, CoordinatorRecord? Record);
