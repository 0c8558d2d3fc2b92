using ImgPortal.Core.Records;

namespace ImgPortal.Web.Areas.Staff.ViewModels.Records;

/// <summary>The page that asks before a record is deleted, showing what it holds.</summary>
public sealed record RecordDeleteViewModel(RecordType Type, RecordView Record);
