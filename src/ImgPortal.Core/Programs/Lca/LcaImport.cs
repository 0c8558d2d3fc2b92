namespace ImgPortal.Core.Programs.Lca;

/// <summary>
/// One upload of the Department of Labor's LCA disclosure file and how its import went: the staff page's
/// history and progress display (ADR 0076). The file itself lives in the upload folder until the import ends.
/// </summary>
public class LcaImport
{
    public const int FileNameMaxLength = 260;

    public const int MessageMaxLength = 1000;

    public const int FiscalYearsMaxLength = 100;

    public int Id { get; set; }

    /// <summary>The name the file had on the uploader's computer (shown, never used as a path).</summary>
    public required string FileName { get; set; }

    /// <summary>The saved upload's name inside the upload folder.</summary>
    public required string StoredName { get; set; }

    public long SizeBytes { get; set; }

    public LcaImportStatus Status { get; set; }

    public DateTime UploadedAtUtc { get; set; }

    public string? UploadedByUserId { get; set; }

    public DateTime? StartedAtUtc { get; set; }

    public DateTime? FinishedAtUtc { get; set; }

    /// <summary>Data rows read so far.</summary>
    public long RowsRead { get; set; }

    /// <summary>Data rows in the sheet, when the workbook says (for the percentage).</summary>
    public long? RowsTotal { get; set; }

    /// <summary>Rows kept so far: certified H-1B resident or fellow physician positions in New York.</summary>
    public long RowsKept { get; set; }

    /// <summary>Fiscal years the file covered and this import replaced, such as "2024" or "2023, 2024".</summary>
    public string? FiscalYears { get; set; }

    /// <summary>Why the file was refused, or a summary when done.</summary>
    public string? Message { get; set; }

    /// <summary>Percent of the rows read, when the total is known.</summary>
    public int? Percent => Status == LcaImportStatus.Done
        ? 100
        : RowsTotal is > 0 ? (int)Math.Min(99, RowsRead * 100 / RowsTotal.Value) : null;
}
