namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>The coordinator's page: the program's record as the form holds it, or why the link opens nothing.</summary>
public sealed record CoordinatorLink(ProgramConfirmationLinkStatus Status, CoordinatorRecord? Record);
