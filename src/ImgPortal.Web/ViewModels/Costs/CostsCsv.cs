using System.Globalization;
using System.Text;
using ImgPortal.Core.Costs;

namespace ImgPortal.Web.ViewModels.Costs;

/// <summary>An estimate as CSV: one row per line (done first, then ahead), then each part's total.</summary>
public static class CostsCsv
{
    public static string Write(CostEstimate estimate)
    {
        var csv = new StringBuilder();
        Row(csv, "Part", "Item", "Quantity", "Low (USD)", "High (USD)", "Applies to", "Checked on", "Sources", "Note");
        foreach (var (part, total) in new[] { ("Done (already paid)", estimate.Done), ("Ahead", estimate.Ahead) })
        {
            foreach (var line in total.Lines)
            {
                Row(
                    csv,
                    part,
                    line.Label,
                    line.Quantity,
                    line.Low is { } low ? Number(low) : "Not known",
                    line.High is { } high ? Number(high) : "Not known",
                    line.AppliesTo?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                    line.CheckedOn is { } on ? on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty,
                    string.Join(" ; ", line.Sources.Select(s => $"{s.Title} <{s.Url}>")),
                    line.Note);
            }
        }

        foreach (var (part, total) in new[] { ("Total done", estimate.Done), ("Total ahead", estimate.Ahead) })
        {
            Row(csv, part, string.Empty, string.Empty, Number(total.Low), Number(total.High), string.Empty, string.Empty, string.Empty,
                total.UnknownCount == 0 ? string.Empty : $"Plus {total.UnknownCount} item(s) we could not price");
        }

        return csv.ToString();
    }

    private static string Number(decimal amount) => amount.ToString("0.##", CultureInfo.InvariantCulture);

    private static void Row(StringBuilder csv, params string[] cells) =>
        csv.Append(string.Join(",", cells.Select(Cell))).Append("\r\n");

    /// <summary>Quoted, with a leading apostrophe on text a spreadsheet would run as a formula.</summary>
    private static string Cell(string text)
    {
        if (text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
        {
            text = "'" + text;
        }

        return "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
    }
}
