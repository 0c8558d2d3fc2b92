using ImgPortal.Core.Records;

namespace ImgPortal.Core.Programs.Confirmations;

/// <summary>What the coordinator sees and may change: the program's title and its record (values and how people read them).</summary>
public sealed record CoordinatorRecord(string ProgramName, RecordView Record, IReadOnlyList<RecordField> Fields, DateTime ExpiresAtUtc);
