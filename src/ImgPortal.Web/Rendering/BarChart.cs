using ImgPortal.Core.Dashboard;

namespace ImgPortal.Web.Rendering;

/// <summary>
/// A horizontal bar chart drawn on the server as SVG and followed by the same numbers as a table
/// (<c>Areas/Staff/Views/Shared/_BarChart.cshtml</c>). A new chart is a list of labelled values and one partial tag.
/// </summary>
/// <param name="Id">Unique on the page; prefixes the element ids.</param>
/// <param name="Title">The chart's heading.</param>
/// <param name="LabelHeading">The table's first column, e.g. "Program and year".</param>
/// <param name="ValueHeading">The table's number column, e.g. "Waivers".</param>
public sealed record BarChart(string Id, string Title, string LabelHeading, string ValueHeading, IReadOnlyList<LabelledValue> Values)
{
    public const int RowHeight = 28;
    public const int LabelWidth = 260;
    public const int BarWidth = 380;

    public int Max => Values.Count == 0 ? 0 : Values.Max(v => v.Value);

    public int Height => Math.Max(1, Values.Count) * RowHeight + 8;

    public int Width => LabelWidth + BarWidth + 60;

    public double BarLength(int value) => Max <= 0 ? 0 : Math.Round(BarWidth * (double)value / Max, 1);
}
