namespace ImgPortal.Web.ViewModels.Mentoring;

/// <summary>The page where an author changes their log entry.</summary>
public sealed record LogEntryEditViewModel(int EntryId, int PairingId, LogEntryInputModel Entry);
