namespace ImgPortal.Core.Programs.Lca;

/// <summary>Reads the disclosure workbook's first sheet as a stream of rows (Infrastructure: ExcelDataReader).</summary>
public interface ILcaFileReader
{
    /// <summary>
    /// Opens <paramref name="file"/> and checks its header row. Throws <see cref="LcaFileRefusedException"/> when
    /// it is not an .xlsx workbook or lacks a column of <see cref="LcaColumns.Required"/>.
    /// </summary>
    ILcaSheet Open(Stream file);
}

/// <summary>An opened sheet whose header row has every required column.</summary>
public interface ILcaSheet : IDisposable
{
    /// <summary>Data rows in the sheet when the workbook says, for progress.</summary>
    long? RowCount { get; }

    /// <summary>The data rows, read one at a time; a cell of the wrong type throws <see cref="LcaFileRefusedException"/>.</summary>
    IEnumerable<LcaRow> Rows();
}
