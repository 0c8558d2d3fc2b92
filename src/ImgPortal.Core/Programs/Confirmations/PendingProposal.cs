namespace ImgPortal.Core.Programs.Confirmations;

public sealed record PendingProposal(int RequestId, string ProgramName, string CoordinatorEmail, DateTime ProposedAtUtc);
