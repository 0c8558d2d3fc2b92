using System.Globalization;
using ExcelDataReader;
using ImgPortal.Core.Programs.Lca;

namespace ImgPortal.Infrastructure.Programs.Lca;

/// <summary>
/// Reads the disclosure workbook with ExcelDataReader, one row at a time from the zipped sheet XML (the file is
/// never loaded whole; ADR 0076). The header row is the first row; column names are matched ignoring case and
/// surrounding spaces, and their order does not matter.
/// </summary>
public sealed class ExcelLcaFileReader : ILcaFileReader
{
    // ExcelDataReader asks for code page 1252 on every workbook, which .NET has only once the code-pages provider is
    // registered. Registering here, not at start-up, keeps the import from working only when something else (MimeKit
    // sending an e-mail) happened to register it first: a fresh process refused every workbook.
    static ExcelLcaFileReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    public ILcaSheet Open(Stream file)
    {
        IExcelDataReader reader;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(file);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new LcaFileRefusedException("The file is not an Excel workbook (.xlsx). Upload the .xlsx file from DOL's disclosure data page.", ex);
        }

        try
        {
            if (!reader.Read())
            {
                throw new LcaFileRefusedException("The file's first sheet is empty: it has no header row.");
            }

            var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 0; i < reader.FieldCount; i++)
            {
                if (reader.GetValue(i) is { } header && header.ToString()?.Trim() is { Length: > 0 } name)
                {
                    columns.TryAdd(name, i);
                }
            }

            var missing = LcaColumns.Required.Where(c => !columns.ContainsKey(c)).ToList();
            if (missing.Count > 0)
            {
                throw new LcaFileRefusedException(missing.Count == 1
                    ? $"The file has no {missing[0]} column."
                    : $"The file has no {string.Join(", ", missing)} columns.");
            }

            return new Sheet(reader, columns);
        }
        catch
        {
            reader.Dispose();
            throw;
        }
    }

    private sealed class Sheet(IExcelDataReader reader, Dictionary<string, int> columns) : ILcaSheet
    {
        private readonly int _caseNumber = columns[LcaColumns.CaseNumber];
        private readonly int _caseStatus = columns[LcaColumns.CaseStatus];
        private readonly int _decisionDate = columns[LcaColumns.DecisionDate];
        private readonly int _visaClass = columns[LcaColumns.VisaClass];
        private readonly int _jobTitle = columns[LcaColumns.JobTitle];
        private readonly int _socCode = columns[LcaColumns.SocCode];
        private readonly int _socTitle = columns[LcaColumns.SocTitle];
        private readonly int _employerName = columns[LcaColumns.EmployerName];
        private readonly int _worksiteState = columns[LcaColumns.WorksiteState];

        public long? RowCount => reader.RowCount > 1 ? reader.RowCount - 1 : null;

        public IEnumerable<LcaRow> Rows()
        {
            long rowNumber = 1;
            while (Next())
            {
                rowNumber++;
                yield return new LcaRow(
                    rowNumber,
                    Text(_caseNumber),
                    Text(_caseStatus),
                    Date(_decisionDate, rowNumber),
                    Text(_visaClass),
                    Text(_jobTitle),
                    Text(_socCode),
                    Text(_socTitle),
                    Text(_employerName),
                    Text(_worksiteState));
            }
        }

        public void Dispose() => reader.Dispose();

        /// <summary>The next row; a broken sheet (a truncated or damaged file) is a refusal, not a crash.</summary>
        private bool Next()
        {
            try
            {
                return reader.Read();
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                throw new LcaFileRefusedException("The file is damaged: its sheet could not be read to the end.");
            }
        }

        private string Text(int column) => column < reader.FieldCount
            ? reader.GetValue(column) switch
            {
                null => string.Empty,
                string s => s,
                double d => d.ToString(CultureInfo.InvariantCulture),
                DateTime t => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                var other => Convert.ToString(other, CultureInfo.InvariantCulture) ?? string.Empty,
            }
            : string.Empty;

        /// <summary>A date cell, or text in DOL's date forms (2024-10-01, 10/1/2024); anything else refuses the file.</summary>
        private DateOnly? Date(int column, long rowNumber)
        {
            var value = column < reader.FieldCount ? reader.GetValue(column) : null;
            switch (value)
            {
                case null:
                    return null;
                case DateTime date:
                    return DateOnly.FromDateTime(date);
                case string text when string.IsNullOrWhiteSpace(text):
                    return null;
                case string text when DateTime.TryParseExact(
                    text.Trim(), ["yyyy-MM-dd", "yyyy-MM-dd HH:mm:ss", "M/d/yyyy", "M/d/yyyy H:mm", "M/d/yyyy h:mm:ss tt"],
                    CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed):
                    return DateOnly.FromDateTime(parsed);
                default:
                    var shown = Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty;
                    throw new LcaFileRefusedException(
                        $"Row {rowNumber}: {LcaColumns.DecisionDate} is not a date (it holds \"{(shown.Length > 40 ? shown[..40] + "…" : shown)}\").");
            }
        }
    }
}
