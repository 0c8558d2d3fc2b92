using SpreadCheetah;

namespace ImgPortal.TestSupport.Lca;

/// <summary>One data row of a test disclosure file; the defaults make a row the import keeps.</summary>
public sealed record LcaFixtureRow(
    string CaseNumber,
    string EmployerName = "Mount Sinai Hospital",
    string JobTitle = "Resident Physician PGY-1",
    string SocCode = "29-1229.00",
    string SocTitle = "Physicians, All Other",
    string CaseStatus = "Certified",
    string VisaClass = "H-1B",
    string WorksiteState = "NY",
    object? DecisionDate = null)
{
    /// <summary>October 15, 2024: fiscal year 2025.</summary>
    public static readonly DateTime DefaultDecision = new(2024, 10, 15);
}

/// <summary>
/// Builds .xlsx files in the column layout of DOL's LCA disclosure data (FY 2020 and later; the columns the import
/// reads and their neighbours, in the layout's order) with SpreadCheetah, for the import's tests and benchmark.
/// </summary>
public sealed class LcaWorkbook
{
    /// <summary>The layout's columns as written (a subset of DOL's ~100, every one the import reads among them).</summary>
    public static readonly IReadOnlyList<string> Layout =
    [
        "CASE_NUMBER", "CASE_STATUS", "RECEIVED_DATE", "DECISION_DATE", "ORIGINAL_CERT_DATE", "VISA_CLASS", "JOB_TITLE",
        "SOC_CODE", "SOC_TITLE", "FULL_TIME_POSITION", "BEGIN_DATE", "END_DATE", "TOTAL_WORKER_POSITIONS", "NEW_EMPLOYMENT",
        "EMPLOYER_NAME", "TRADE_NAME_DBA", "EMPLOYER_ADDRESS1", "EMPLOYER_CITY", "EMPLOYER_STATE", "EMPLOYER_POSTAL_CODE",
        "EMPLOYER_COUNTRY", "NAICS_CODE", "WORKSITE_ADDRESS1", "WORKSITE_CITY", "WORKSITE_COUNTY", "WORKSITE_STATE",
        "WORKSITE_POSTAL_CODE", "WAGE_RATE_OF_PAY_FROM", "WAGE_RATE_OF_PAY_TO", "WAGE_UNIT_OF_PAY", "PREVAILING_WAGE",
        "PW_UNIT_OF_PAY", "H_1B_DEPENDENT", "WILLFUL_VIOLATOR",
    ];

    private readonly List<string> _columns = [.. Layout];
    private readonly List<LcaFixtureRow> _rows = [];

    public LcaWorkbook Without(string column)
    {
        _columns.Remove(column);
        return this;
    }

    public LcaWorkbook Add(params LcaFixtureRow[] rows)
    {
        _rows.AddRange(rows);
        return this;
    }

    public async Task<byte[]> ToBytesAsync()
    {
        using var stream = new MemoryStream();
        await WriteAsync(stream, _columns, _rows);
        return stream.ToArray();
    }

    public async Task SaveAsync(string path)
    {
        await using var file = File.Create(path);
        await WriteAsync(file, _columns, _rows);
    }

    /// <summary>Writes <paramref name="rows"/> under <paramref name="columns"/> (a header row, then one row each), streaming.</summary>
    public static async Task WriteAsync(Stream stream, IReadOnlyList<string> columns, IEnumerable<LcaFixtureRow> rows)
    {
        await using var spreadsheet = await Spreadsheet.CreateNewAsync(stream);
        await spreadsheet.StartWorksheetAsync("Sheet1");
        await spreadsheet.AddRowAsync(columns.Select(c => new Cell(c)).ToArray());
        var cells = new Cell[columns.Count];
        foreach (var row in rows)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                cells[i] = CellOf(columns[i], row);
            }

            await spreadsheet.AddRowAsync(cells);
        }

        await spreadsheet.FinishAsync();
    }

    private static Cell CellOf(string column, LcaFixtureRow row) => column switch
    {
        "CASE_NUMBER" => new Cell(row.CaseNumber),
        "CASE_STATUS" => new Cell(row.CaseStatus),
        "DECISION_DATE" => row.DecisionDate switch
        {
            null => new Cell(LcaFixtureRow.DefaultDecision),
            DateTime date => new Cell(date),
            var other => new Cell(other.ToString()),
        },
        "RECEIVED_DATE" or "ORIGINAL_CERT_DATE" or "BEGIN_DATE" => new Cell(new DateTime(2024, 9, 30)),
        "END_DATE" => new Cell(new DateTime(2027, 9, 29)),
        "VISA_CLASS" => new Cell(row.VisaClass),
        "JOB_TITLE" => new Cell(row.JobTitle),
        "SOC_CODE" => new Cell(row.SocCode),
        "SOC_TITLE" => new Cell(row.SocTitle),
        "EMPLOYER_NAME" => new Cell(row.EmployerName),
        "WORKSITE_STATE" or "EMPLOYER_STATE" => new Cell(row.WorksiteState),
        "WORKSITE_CITY" or "EMPLOYER_CITY" => new Cell("New York"),
        "TOTAL_WORKER_POSITIONS" => new Cell(1),
        "WAGE_RATE_OF_PAY_FROM" or "PREVAILING_WAGE" => new Cell(72000.0),
        "FULL_TIME_POSITION" or "NEW_EMPLOYMENT" => new Cell("Y"),
        "WAGE_UNIT_OF_PAY" or "PW_UNIT_OF_PAY" => new Cell("Year"),
        "H_1B_DEPENDENT" or "WILLFUL_VIOLATOR" => new Cell("No"),
        "EMPLOYER_COUNTRY" => new Cell("UNITED STATES OF AMERICA"),
        "NAICS_CODE" => new Cell("622110"),
        "EMPLOYER_POSTAL_CODE" or "WORKSITE_POSTAL_CODE" => new Cell("10029"),
        "WORKSITE_COUNTY" => new Cell("NEW YORK"),
        _ => new Cell(string.Empty),
    };
}
